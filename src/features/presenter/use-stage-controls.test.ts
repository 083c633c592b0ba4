import { describe, expect, it } from 'vitest';
import { isClickerKey } from './use-stage-controls';

describe('which keys keep the stage controls hidden', () => {
  it('a clicker moves, blanks or leaves: those keys do not bring the controls back', () => {
    for (const key of ['ArrowRight', 'ArrowLeft', 'PageDown', 'PageUp', ' ', '.', 'b', 'Escape'])
      expect(isClickerKey(key), key).toBe(true);
  });

  it('any other key (Tab, a letter, a digit) brings them back', () => {
    for (const key of ['Tab', 's', 'f', '3', 'Enter', 'Home']) expect(isClickerKey(key), key).toBe(false);
  });
});
