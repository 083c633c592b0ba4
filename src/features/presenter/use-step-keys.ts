/** Window keys -> step controller -> store and commands. Keys typed into a field are left alone. */
import { useEffect, useEffectEvent, useState } from 'react';
import { onStepKey, type StepCommand } from './step-controller';

function ownsKey(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.closest('input, textarea, select')) return true;
  // Space and Enter on a focused button or link press it (the Next button does the same thing).
  return (key === ' ' || key === 'Enter') && target.closest('button, a[href], summary') !== null;
}

export function useStepKeys(options: {
  step: number;
  count: number;
  onStep: (step: number) => void;
  onCommand: (command: StepCommand) => void;
  enabled?: boolean;
}) {
  const { step, count, enabled = true } = options;
  const [ui, setUi] = useState({ blank: false, typed: '' });

  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || ownsKey(event.target, event.key)) return;
    const result = onStepKey(
      { step, count, ...ui },
      {
        key: event.key,
        modified: event.ctrlKey || event.metaKey || event.altKey,
        fullscreen: document.fullscreenElement !== null,
      },
    );
    if (!result.handled) return;
    event.preventDefault();
    setUi({ blank: result.state.blank, typed: result.state.typed });
    if (result.state.step !== step) options.onStep(result.state.step);
    if (result.command) options.onCommand(result.command);
  });

  useEffect(() => {
    if (!enabled) return;
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, [enabled]);

  return {
    blank: ui.blank,
    typed: ui.typed,
    setBlank: (blank: boolean) => setUi((current) => ({ ...current, blank })),
    step,
    count,
  };
}
