/**
 * The presenter's keyboard, as a pure function: a key and the controller's state in, the next
 * state and at most one command out. Clickers send Right/Left, Page Down/Up and '.' (blank).
 */
export interface StepState {
  /** 1-based. */
  step: number;
  count: number;
  blank: boolean;
  /** Digits typed so far for "number then Enter". */
  typed: string;
}

export type StepCommand = 'fullscreen' | 'exit-fullscreen' | 'notes' | 'leave';

export interface KeyInput {
  key: string;
  /** Ctrl, Meta or Alt held: the key belongs to the browser (Ctrl+P, Alt+Left…). */
  modified?: boolean;
  fullscreen?: boolean;
}

export interface KeyResult {
  state: StepState;
  command: StepCommand | null;
  /** Whether the key was ours (the caller then prevents the browser's default). */
  handled: boolean;
}

const NEXT = new Set(['ArrowRight', ' ', 'Spacebar', 'PageDown', 'ArrowDown']);
const PREVIOUS = new Set(['ArrowLeft', 'PageUp', 'ArrowUp']);
const BLANK = new Set(['b', 'B', '.']);
/** Longest number worth typing; a longer run of digits starts over. */
const MAX_TYPED = 3;

export function clampStep(step: number, count: number): number {
  if (!Number.isFinite(step)) return 1;
  return Math.min(Math.max(1, Math.trunc(step)), Math.max(1, count));
}

export function goTo(state: StepState, step: number): StepState {
  return { ...state, step: clampStep(step, state.count), typed: '', blank: false };
}

export function onStepKey(
  state: StepState,
  { key, modified = false, fullscreen = false }: KeyInput,
): KeyResult {
  const result = (next: StepState, command: StepCommand | null = null): KeyResult => ({
    state: next,
    command,
    handled: true,
  });
  if (modified) return { state, command: null, handled: false };
  const cleared = { ...state, typed: '' };

  if (key === 'Escape') {
    if (state.blank) return result({ ...cleared, blank: false });
    if (state.typed) return result(cleared);
    return result(cleared, fullscreen ? 'exit-fullscreen' : 'leave');
  }
  if (BLANK.has(key)) return result({ ...cleared, blank: !state.blank });
  // On a blank screen a move only brings the picture back, so no step is skipped unseen.
  if (state.blank && (NEXT.has(key) || PREVIOUS.has(key))) return result({ ...cleared, blank: false });
  if (NEXT.has(key)) return result(goTo(state, state.step + 1));
  if (PREVIOUS.has(key)) return result(goTo(state, state.step - 1));
  if (key === 'Home') return result(goTo(state, 1));
  if (key === 'End') return result(goTo(state, state.count));
  if (/^[0-9]$/.test(key)) {
    const typed = state.typed.length >= MAX_TYPED ? key : state.typed + key;
    return result({ ...state, typed });
  }
  if (key === 'Backspace' && state.typed) return result({ ...state, typed: state.typed.slice(0, -1) });
  if (key === 'Enter' && state.typed) return result(goTo(state, Number(state.typed)));
  if (key === 'f' || key === 'F') return result(cleared, fullscreen ? 'exit-fullscreen' : 'fullscreen');
  if (key === 's' || key === 'S') return result(cleared, 'notes');
  return { state, command: null, handled: false };
}
