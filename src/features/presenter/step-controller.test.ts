import { describe, expect, it } from 'vitest';
import { clampStep, onStepKey, type StepState } from './step-controller';

const at = (step: number, extra: Partial<StepState> = {}): StepState => ({
  step,
  count: 7,
  blank: false,
  typed: '',
  ...extra,
});
const press = (state: StepState, ...keys: string[]) =>
  keys.reduce((s, key) => onStepKey(s, { key }).state, state);

describe('step controller', () => {
  it('moves forward on Right, Space and Page Down, back on Left and Page Up', () => {
    for (const key of ['ArrowRight', ' ', 'PageDown']) expect(press(at(3), key).step).toBe(4);
    for (const key of ['ArrowLeft', 'PageUp']) expect(press(at(3), key).step).toBe(2);
  });

  it('stays within the story: no step 0, no step after the last', () => {
    expect(press(at(1), 'ArrowLeft', 'PageUp').step).toBe(1);
    expect(press(at(7), 'ArrowRight', ' ').step).toBe(7);
    expect(press(at(4), 'Home').step).toBe(1);
    expect(press(at(4), 'End').step).toBe(7);
  });

  it('jumps to a typed number on Enter, clamped to the story', () => {
    expect(press(at(1), '5', 'Enter')).toEqual(at(5));
    expect(press(at(1), '4', '2', 'Enter').step).toBe(7);
    expect(press(at(3), '0', 'Enter').step).toBe(1);
    expect(press(at(3), '6', 'Backspace', '2', 'Enter').step).toBe(2);
    // Digits alone do not move; Escape forgets them.
    expect(press(at(3), '5')).toEqual(at(3, { typed: '5' }));
    expect(press(at(3), '5', 'Escape', 'Enter')).toEqual(at(3));
  });

  it('blanks on B and ".", and a move on a blank screen only brings it back', () => {
    expect(press(at(3), '.').blank).toBe(true);
    expect(press(at(3), 'b', 'B').blank).toBe(false);
    expect(press(at(3), '.', 'ArrowRight')).toEqual(at(3));
    expect(press(at(3), '.', 'ArrowRight', 'ArrowRight')).toEqual(at(4));
    expect(onStepKey(at(3, { blank: true }), { key: 'Escape' })).toEqual({
      state: at(3),
      command: null,
      handled: true,
    });
  });

  it('Escape leaves full screen first, then presenter mode', () => {
    expect(onStepKey(at(2), { key: 'Escape', fullscreen: true }).command).toBe('exit-fullscreen');
    expect(onStepKey(at(2), { key: 'Escape' }).command).toBe('leave');
  });

  it('F toggles full screen and S asks for the notes window', () => {
    expect(onStepKey(at(2), { key: 'f' }).command).toBe('fullscreen');
    expect(onStepKey(at(2), { key: 'F', fullscreen: true }).command).toBe('exit-fullscreen');
    expect(onStepKey(at(2), { key: 's' }).command).toBe('notes');
  });

  it('leaves browser shortcuts and other keys alone', () => {
    expect(onStepKey(at(2), { key: 'ArrowRight', modified: true })).toEqual({
      state: at(2),
      command: null,
      handled: false,
    });
    expect(onStepKey(at(2), { key: 'x' }).handled).toBe(false);
    expect(onStepKey(at(2), { key: 'Enter' }).handled).toBe(false);
  });

  it('clamps any number to a step', () => {
    expect(clampStep(Number.NaN, 7)).toBe(1);
    expect(clampStep(3.7, 7)).toBe(3);
    expect(clampStep(99, 7)).toBe(7);
    expect(clampStep(5, 0)).toBe(1);
  });
});
