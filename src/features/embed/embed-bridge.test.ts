import { describe, expect, it, vi } from 'vitest';
import type { UrlState } from '../../url-state/url-state';
import type { EmbedBridgeOptions, MessageListenerTarget, MessageTarget } from './embed-bridge';
import type { MessageEventLike } from './embed-protocol';
import { DEFAULT_URL_STATE } from '../../url-state/url-state';
import { createEmbedBridge } from './embed-bridge';

const HOST = 'https://news.example.org';

function setup(overrides: Partial<EmbedBridgeOptions> = {}) {
  const listeners = new Set<(event: MessageEventLike) => void>();
  const win: MessageListenerTarget = {
    addEventListener: (_type, listener) => listeners.add(listener),
    removeEventListener: (_type, listener) => listeners.delete(listener),
  };
  const parent = { postMessage: vi.fn<MessageTarget['postMessage']>() };
  const sibling = { postMessage: vi.fn<MessageTarget['postMessage']>() };
  let state: UrlState = { ...DEFAULT_URL_STATE, embed: true, site: 'paris-saclay' };
  const onCommand = vi.fn();
  const bridge = createEmbedBridge({
    win,
    parent,
    allowedOrigin: null,
    onCommand,
    getState: () => state,
    version: '0.1.0',
    ...overrides,
  });
  const receive = (data: unknown, { source = parent as unknown, origin = HOST } = {}) => {
    for (const listener of listeners) listener({ data, origin, source });
  };
  const sent = () => parent.postMessage.mock.calls.map(([message]) => message);
  return {
    bridge,
    parent,
    sibling,
    onCommand,
    receive,
    sent,
    listeners,
    setState: (next: UrlState) => (state = next),
  };
}

describe('createEmbedBridge', () => {
  it('announces itself with atlas:ready to any origin when origin= is not set', () => {
    const { parent } = setup();
    expect(parent.postMessage).toHaveBeenCalledExactlyOnceWith(
      { type: 'atlas:ready', version: 1, appVersion: '0.1.0' },
      '*',
    );
  });

  it('sends only to the origin= origin when set', () => {
    const { parent, bridge } = setup({ allowedOrigin: HOST });
    bridge.postResize(300);
    expect(parent.postMessage.mock.calls.map(([, target]) => target)).toEqual([HOST, HOST]);
  });

  it('forwards valid commands from the parent', () => {
    const { receive, onCommand } = setup();
    receive({ type: 'atlas:select', version: 1, site: 'bruyeres' });
    receive({ type: 'atlas:set-date', version: 1, date: '2025-02-10' });
    receive({ type: 'atlas:set-lang', version: 1, lang: 'en' });
    receive({ type: 'atlas:set-theme', version: 1, theme: 'dark' });
    expect(onCommand.mock.calls.map(([command]) => command)).toEqual([
      { type: 'atlas:select', version: 1, site: 'bruyeres' },
      { type: 'atlas:set-date', version: 1, date: '2025-02-10' },
      { type: 'atlas:set-lang', version: 1, lang: 'en' },
      { type: 'atlas:set-theme', version: 1, theme: 'dark' },
    ]);
  });

  it('answers atlas:get-state with atlas:state, even when unchanged', () => {
    const { receive, sent, onCommand } = setup();
    receive({ type: 'atlas:get-state', version: 1 });
    receive({ type: 'atlas:get-state', version: 1 });
    const expected = {
      type: 'atlas:state',
      version: 1,
      state: { ...DEFAULT_URL_STATE, embed: true, site: 'paris-saclay' },
    };
    expect(sent().slice(1)).toEqual([expected, expected]);
    expect(onCommand).not.toHaveBeenCalled();
  });

  it('ignores a sibling frame, even one sending a perfect command', () => {
    const { receive, sibling, onCommand, sent } = setup();
    receive({ type: 'atlas:select', version: 1, site: 'bruyeres' }, { source: sibling });
    receive({ type: 'atlas:get-state', version: 1 }, { source: sibling });
    expect(onCommand).not.toHaveBeenCalled();
    expect(sent()).toHaveLength(1); // just atlas:ready
    expect(sibling.postMessage).not.toHaveBeenCalled();
  });

  it('ignores the parent from another origin when origin= is set', () => {
    const { receive, onCommand } = setup({ allowedOrigin: HOST });
    receive({ type: 'atlas:set-theme', version: 1, theme: 'dark' }, { origin: 'https://evil.example' });
    expect(onCommand).not.toHaveBeenCalled();
    receive({ type: 'atlas:set-theme', version: 1, theme: 'dark' });
    expect(onCommand).toHaveBeenCalledOnce();
  });

  it('ignores invalid and hostile messages without throwing', () => {
    const { receive, onCommand, sent } = setup({ knownSiteIds: new Set(['paris-saclay']) });
    for (const data of [
      null,
      'atlas:get-state',
      { type: 'atlas:get-state' },
      { type: 'atlas:select', version: 1, site: 'atlantis' },
      { type: 'atlas:set-theme', version: 1, theme: 'dark', extra: 1 },
      JSON.parse('{"type":"atlas:get-state","version":1,"__proto__":{"polluted":1}}'),
      { type: 'atlas:select', version: 1, site: 'x'.repeat(1e6) },
    ]) {
      expect(() => receive(data)).not.toThrow();
    }
    expect(onCommand).not.toHaveBeenCalled();
    expect(sent()).toHaveLength(1);
  });

  it('posts each state change once', () => {
    const { bridge, sent } = setup();
    const a = { ...DEFAULT_URL_STATE, site: 'a' };
    bridge.postState(a);
    bridge.postState({ ...a });
    bridge.postState({ ...a, theme: 'dark' });
    expect(sent().slice(1)).toEqual([
      { type: 'atlas:state', version: 1, state: a },
      { type: 'atlas:state', version: 1, state: { ...a, theme: 'dark' } },
    ]);
  });

  it('posts a resize only when the whole-pixel height changes', () => {
    const { bridge, sent } = setup();
    for (const height of [480, 480, 479.6, 520.2, 521, Number.NaN, Infinity]) bridge.postResize(height);
    expect(sent().slice(1)).toEqual([
      { type: 'atlas:resize', version: 1, height: 480 },
      { type: 'atlas:resize', version: 1, height: 521 },
    ]);
  });

  it('never reports a page with no height yet (it would collapse the iframe)', () => {
    const { bridge, sent } = setup();
    for (const height of [0, -3, 640]) bridge.postResize(height);
    expect(sent().slice(1)).toEqual([{ type: 'atlas:resize', version: 1, height: 640 }]);
  });

  it('stays silent when not framed', () => {
    const { bridge, listeners, receive, onCommand } = setup({ parent: null });
    bridge.postState(DEFAULT_URL_STATE);
    bridge.postResize(100);
    receive({ type: 'atlas:set-theme', version: 1, theme: 'dark' }, { source: null });
    expect(onCommand).not.toHaveBeenCalled();
    expect(listeners.size).toBe(1);
  });

  it('dispose stops listening and posting', () => {
    const { bridge, listeners, sent } = setup();
    bridge.dispose();
    bridge.postResize(100);
    bridge.postState({ ...DEFAULT_URL_STATE, site: 'z' });
    expect(listeners.size).toBe(0);
    expect(sent()).toHaveLength(1);
  });

  it('accepts the real window types (checked by tsc)', () => {
    const options = (w: Window): Pick<EmbedBridgeOptions, 'win' | 'parent'> => ({ win: w, parent: w.parent });
    expect(typeof options).toBe('function');
  });
});
