import type { KeyboardEvent } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { onActivateKey } from './activate-on-key';

const press = (key: string) => {
  const preventDefault = vi.fn();
  return { event: { key, preventDefault } as unknown as KeyboardEvent, preventDefault };
};

describe('onActivateKey', () => {
  it.each(['Enter', ' '])('activates on %j and prevents its default', (key) => {
    const activate = vi.fn();
    const { event, preventDefault } = press(key);
    onActivateKey(activate)(event);
    expect(activate).toHaveBeenCalledTimes(1);
    expect(preventDefault).toHaveBeenCalledTimes(1);
  });

  it.each(['Tab', 'Escape', 'a', 'ArrowDown'])('leaves %j alone', (key) => {
    const activate = vi.fn();
    const { event, preventDefault } = press(key);
    onActivateKey(activate)(event);
    expect(activate).not.toHaveBeenCalled();
    expect(preventDefault).not.toHaveBeenCalled();
  });
});
