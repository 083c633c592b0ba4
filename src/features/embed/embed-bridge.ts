/**
 * The embed's side of the postMessage channel: announces itself, answers and forwards
 * the host's commands, reports state and height. Windows are injected, so tests use fakes.
 */
import type { UrlState } from '../../url-state/url-state';
import type { HostCommand, MessageEventLike } from './embed-protocol';
import {
  parseHostMessage,
  readyMessage,
  resizeMessage,
  stateMessage,
  targetOriginFor,
} from './embed-protocol';

export interface MessageTarget {
  postMessage(message: unknown, targetOrigin: string): void;
}

export interface MessageListenerTarget {
  addEventListener(type: 'message', listener: (event: MessageEventLike) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEventLike) => void): void;
}

/** Everything the host can ask for except `atlas:get-state`, which the bridge answers itself. */
export type EmbedCommand = Exclude<HostCommand, { type: 'atlas:get-state' }>;

export interface EmbedBridgeOptions {
  /** Our own window, where the host's messages arrive. */
  win: MessageListenerTarget;
  /** `window.parent` when framed (`window.parent !== window`), else null: the bridge stays silent. */
  parent: MessageTarget | null;
  /** The `origin=` parameter. */
  allowedOrigin: string | null;
  onCommand: (command: EmbedCommand) => void;
  getState: () => UrlState;
  /** The app's release, sent in `atlas:ready`. */
  version: string;
  knownSiteIds?: ReadonlySet<string>;
}

export interface EmbedBridge {
  /** Call on every URL-state change; consecutive identical states are sent once. */
  postState(state: UrlState): void;
  /** Call when the content height changes; unchanged (whole-pixel) heights are not re-sent. */
  postResize(height: number): void;
  dispose(): void;
}

export function createEmbedBridge(options: EmbedBridgeOptions): EmbedBridge {
  const { win, parent, allowedOrigin, onCommand, getState, version, knownSiteIds } = options;
  const targetOrigin = targetOriginFor(allowedOrigin);
  let disposed = false;
  let lastState: string | null = null;
  let lastHeight: number | null = null;

  const post = (message: unknown) => {
    if (!disposed && parent) parent.postMessage(message, targetOrigin);
  };
  const sendState = (state: UrlState) => {
    const message = stateMessage(state);
    lastState = JSON.stringify(message);
    post(message);
  };

  const onMessage = (event: MessageEventLike) => {
    const command = parseHostMessage(event, { parent, allowedOrigin, knownSiteIds });
    if (!command) return;
    if (command.type === 'atlas:get-state') sendState(getState());
    else onCommand(command);
  };

  win.addEventListener('message', onMessage);
  post(readyMessage(version));

  return {
    postState(state) {
      if (JSON.stringify(stateMessage(state)) !== lastState) sendState(state);
    },
    postResize(height) {
      // A page not laid out yet (0 px) says nothing about its content: reporting it would collapse
      // the iframe for a moment (seen in WebKit), and a host reading it would size it to nothing.
      if (!Number.isFinite(height) || height <= 0) return;
      const message = resizeMessage(height);
      if (message.height === lastHeight) return;
      lastHeight = message.height;
      post(message);
    },
    dispose() {
      disposed = true;
      win.removeEventListener('message', onMessage);
    },
  };
}
