/**
 * The presentation window and its speaker-notes window keep the same step over a BroadcastChannel
 * (same origin, any tab). Either side may move; a side that (re)loads says hello and the
 * presentation answers with its step, so a reload of either window picks the story up again.
 */
export const PRESENTER_CHANNEL = 'compute-atlas-presenter';

export type PresenterRole = 'main' | 'notes';

export type PresenterMessage =
  | { type: 'presenter:hello'; from: PresenterRole }
  | { type: 'presenter:step'; from: PresenterRole; step: number; startedAt: number | null };

/** Anything from the channel, checked: other code on the origin may post to the same name. */
export function parsePresenterMessage(data: unknown): PresenterMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const message = data as Record<string, unknown>;
  const from = message.from;
  if (from !== 'main' && from !== 'notes') return null;
  if (message.type === 'presenter:hello') return { type: 'presenter:hello', from };
  if (message.type !== 'presenter:step') return null;
  const { step, startedAt } = message;
  if (typeof step !== 'number' || !Number.isSafeInteger(step) || step < 1) return null;
  if (startedAt !== null && (typeof startedAt !== 'number' || !Number.isFinite(startedAt))) return null;
  return { type: 'presenter:step', from, step, startedAt };
}

export interface ChannelLike {
  postMessage: (message: unknown) => void;
  close: () => void;
  onmessage: ((event: MessageEvent) => void) | null;
}

export interface PresenterLink {
  sendStep: (step: number, startedAt: number | null) => void;
  close: () => void;
}

/**
 * Joins the channel as `role`. `onStep` gets the other side's step; the presentation answers a
 * hello with `current()`. Returns null when the browser has no BroadcastChannel.
 */
export function joinPresenterChannel(options: {
  role: PresenterRole;
  current: () => { step: number; startedAt: number | null };
  onStep: (step: number, startedAt: number | null) => void;
  open?: (name: string) => ChannelLike;
}): PresenterLink | null {
  const { role, current, onStep } = options;
  const open =
    options.open ??
    (typeof BroadcastChannel === 'undefined'
      ? null
      : (name: string) => new BroadcastChannel(name) as unknown as ChannelLike);
  if (!open) return null;
  const channel = open(PRESENTER_CHANNEL);
  const sendStep = (step: number, startedAt: number | null) =>
    channel.postMessage({ type: 'presenter:step', from: role, step, startedAt });
  channel.onmessage = (event) => {
    const message = parsePresenterMessage(event.data);
    if (!message || message.from === role) return;
    if (message.type === 'presenter:step') onStep(message.step, message.startedAt);
    else if (role === 'main') {
      const { step, startedAt } = current();
      sendStep(step, startedAt);
    }
  };
  // The presentation announces its step (the notes follow it); the notes ask for it.
  if (role === 'main') {
    const { step, startedAt } = current();
    sendStep(step, startedAt);
  } else channel.postMessage({ type: 'presenter:hello', from: role });
  return {
    sendStep,
    close: () => {
      channel.onmessage = null;
      channel.close();
    },
  };
}
