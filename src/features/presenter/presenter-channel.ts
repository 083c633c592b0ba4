/**
 * The presentation window and its speaker-notes window keep the same step over a BroadcastChannel
 * (same origin, any tab). Either side may move; a side that (re)loads says hello and the
 * presentation answers with its story and step, so a reload of either window picks it up again.
 *
 * Any document of the origin can post on the channel's name (another app on the same origin, a
 * framed copy of the atlas), so every message carries the presentation's token, handed by the
 * stage to the notes window it opens (presenter-token.ts); a message without it is dropped.
 */
export const PRESENTER_CHANNEL = 'compute-atlas-presenter';

export type PresenterRole = 'main' | 'notes';

export type PresenterMessage =
  | { type: 'presenter:hello'; from: PresenterRole }
  | { type: 'presenter:step'; from: PresenterRole; step: number; startedAt: number | null }
  | { type: 'presenter:story'; from: 'main'; story: unknown };

/** Anything from the channel, checked: only well-formed messages carrying `token` come through. */
export function parsePresenterMessage(data: unknown, token: string): PresenterMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const message = data as Record<string, unknown>;
  if (message.token !== token) return null;
  const from = message.from;
  if (from !== 'main' && from !== 'notes') return null;
  if (message.type === 'presenter:hello') return { type: 'presenter:hello', from };
  if (message.type === 'presenter:story')
    return from === 'main' ? { type: 'presenter:story', from, story: message.story } : null;
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
 * Joins the channel as `role` for the presentation `token`. `onStep` gets the other side's step;
 * the presentation answers a hello with `story()` (if given) and `current()`; the notes get the
 * story in `onStory` (unchecked: the caller validates it). Returns null without BroadcastChannel.
 */
export function joinPresenterChannel(options: {
  role: PresenterRole;
  token: string;
  current: () => { step: number; startedAt: number | null };
  onStep: (step: number, startedAt: number | null) => void;
  story?: () => unknown;
  onStory?: (story: unknown) => void;
  open?: (name: string) => ChannelLike;
}): PresenterLink | null {
  const { role, token, current, onStep } = options;
  const open =
    options.open ??
    (typeof BroadcastChannel === 'undefined'
      ? null
      : (name: string) => new BroadcastChannel(name) as unknown as ChannelLike);
  if (!open) return null;
  const channel = open(PRESENTER_CHANNEL);
  const sendStep = (step: number, startedAt: number | null) =>
    channel.postMessage({ type: 'presenter:step', from: role, step, startedAt, token });
  const announce = () => {
    if (options.story)
      channel.postMessage({ type: 'presenter:story', from: role, story: options.story(), token });
    const { step, startedAt } = current();
    sendStep(step, startedAt);
  };
  channel.onmessage = (event) => {
    const message = parsePresenterMessage(event.data, token);
    if (!message || message.from === role) return;
    if (message.type === 'presenter:step') onStep(message.step, message.startedAt);
    else if (message.type === 'presenter:story') options.onStory?.(message.story);
    else if (role === 'main') announce();
  };
  // The presentation announces its step (the notes follow it); the notes ask for it.
  if (role === 'main') announce();
  else channel.postMessage({ type: 'presenter:hello', from: role, token });
  return {
    sendStep,
    close: () => {
      channel.onmessage = null;
      channel.close();
    },
  };
}
