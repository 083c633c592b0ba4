import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_URL_STATE } from '../../url-state/url-state';
import {
  PROTOCOL_VERSION,
  hostCommandSchema,
  parseHostMessage,
  readyMessage,
  resizeMessage,
  stateMessage,
  targetOriginFor,
} from './embed-protocol';

const parent = { name: 'parent window' };
const sibling = { name: 'sibling frame' };
const HOST = 'https://news.example.org';
const open = { parent, allowedOrigin: null };
const fromParent = (data: unknown, origin = HOST) => ({ data, origin, source: parent });

describe('parseHostMessage: valid commands', () => {
  it.each([
    { type: 'atlas:select', version: 1, site: 'paris-saclay' },
    { type: 'atlas:select', version: 1, site: null },
    { type: 'atlas:set-date', version: 1, date: '2024-02-29' },
    { type: 'atlas:set-date', version: 1, date: null },
    { type: 'atlas:set-lang', version: 1, lang: 'fr' },
    { type: 'atlas:set-lang', version: 1, lang: null },
    { type: 'atlas:set-theme', version: 1, theme: 'dark' },
    { type: 'atlas:get-state', version: 1 },
  ])('$type %o', (data) => {
    expect(parseHostMessage(fromParent(data), open)).toEqual(data);
  });

  it('accepts the allowed origin when origin= is set', () => {
    const data = { type: 'atlas:get-state', version: 1 };
    expect(parseHostMessage(fromParent(data), { parent, allowedOrigin: HOST })).toEqual(data);
  });

  it('accepts a null-prototype object', () => {
    const data = Object.assign(Object.create(null) as object, { type: 'atlas:get-state', version: 1 });
    expect(parseHostMessage(fromParent(data), open)).toEqual({ type: 'atlas:get-state', version: 1 });
  });
});

describe('parseHostMessage: invalid payloads', () => {
  it.each<[string, unknown]>([
    ['no version', { type: 'atlas:get-state' }],
    ['version as a string', { type: 'atlas:get-state', version: '1' }],
    ['a future version', { type: 'atlas:get-state', version: 2 }],
    ['no type', { version: 1 }],
    ['an unknown type', { type: 'atlas:reload', version: 1 }],
    ['an embed->host type', { type: 'atlas:resize', version: 1, height: 10 }],
    ['a site that is not kebab-case', { type: 'atlas:select', version: 1, site: 'Paris Saclay' }],
    ['a missing site', { type: 'atlas:select', version: 1 }],
    ['a numeric site', { type: 'atlas:select', version: 1, site: 7 }],
    ['an impossible date', { type: 'atlas:set-date', version: 1, date: '2023-02-29' }],
    ['a date object', { type: 'atlas:set-date', version: 1, date: new Date(0) }],
    ['an unknown language', { type: 'atlas:set-lang', version: 1, lang: 'de' }],
    ['an unknown theme', { type: 'atlas:set-theme', version: 1, theme: 'neon' }],
    ['a null theme', { type: 'atlas:set-theme', version: 1, theme: null }],
    ['an extra key', { type: 'atlas:get-state', version: 1, extra: true }],
    // Every command is strict: a misspelt or extra key rejects it rather than being ignored.
    ['a select with an extra key', { type: 'atlas:select', version: 1, site: 'essonne', zoom: 3 }],
    ['a select with a misspelt key', { type: 'atlas:select', version: 1, site: 'essonne', stie: 'fouju' }],
    ['a set-date with an extra key', { type: 'atlas:set-date', version: 1, date: null, time: '10:00' }],
    ['a set-lang with an extra key', { type: 'atlas:set-lang', version: 1, lang: 'fr', region: 'FR' }],
    [
      'a set-theme with an extra key',
      { type: 'atlas:set-theme', version: 1, theme: 'dark', contrast: 'high' },
    ],
    ['a string', '{"type":"atlas:get-state","version":1}'],
    ['an array', [{ type: 'atlas:get-state', version: 1 }]],
    ['null', null],
    ['a number', 1],
  ])('rejects %s', (_label, data) => {
    expect(parseHostMessage(fromParent(data), open)).toBeNull();
  });
});

describe('hostCommandSchema: why a command is refused', () => {
  const issues = (data: unknown) =>
    hostCommandSchema.safeParse(data).error?.issues.map(({ path, message }) => ({ path, message }));

  it('names the site id and date formats it expects', () => {
    expect(issues({ type: 'atlas:select', version: 1, site: 'Paris Saclay' })).toEqual([
      { path: ['site'], message: 'a kebab-case site id' },
    ]);
    expect(issues({ type: 'atlas:set-date', version: 1, date: '2023-02-29' })).toEqual([
      { path: ['date'], message: 'a calendar date YYYY-MM-DD' },
    ]);
  });
});

describe('parseHostMessage: hostile messages', () => {
  const good = { type: 'atlas:set-theme', version: 1, theme: 'dark' };

  it('ignores a message from a sibling frame, a popup or a worker', () => {
    expect(parseHostMessage({ data: good, origin: HOST, source: sibling }, open)).toBeNull();
    expect(parseHostMessage({ data: good, origin: HOST, source: null }, open)).toBeNull();
  });

  it('accepts nothing when not framed (no parent)', () => {
    expect(
      parseHostMessage({ data: good, origin: HOST, source: null }, { parent: null, allowedOrigin: null }),
    ).toBeNull();
  });

  it('ignores the parent speaking from another origin when origin= is set', () => {
    const rules = { parent, allowedOrigin: HOST };
    expect(parseHostMessage(fromParent(good, 'https://evil.example'), rules)).toBeNull();
    expect(parseHostMessage(fromParent(good, 'https://news.example.org.evil.example'), rules)).toBeNull();
    expect(parseHostMessage(fromParent(good, 'null'), rules)).toBeNull();
  });

  it('rejects a huge string', () => {
    const data = { type: 'atlas:select', version: 1, site: 'a'.repeat(1_000_000) };
    expect(parseHostMessage(fromParent(data), open)).toBeNull();
    expect(parseHostMessage(fromParent({ ...good, theme: 'dark'.repeat(100_000) }), open)).toBeNull();
  });

  it('rejects own __proto__ and constructor keys and leaves Object.prototype alone', () => {
    const withProto = JSON.parse('{"type":"atlas:get-state","version":1,"__proto__":{"polluted":true}}');
    const withCtor = JSON.parse(
      '{"type":"atlas:get-state","version":1,"constructor":{"prototype":{"polluted":true}}}',
    );
    expect(parseHostMessage(fromParent(withProto), open)).toBeNull();
    expect(parseHostMessage(fromParent(withCtor), open)).toBeNull();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects a command smuggled in through the prototype chain', () => {
    expect(parseHostMessage(fromParent(Object.create(good)), open)).toBeNull();
  });

  it('never throws on a throwing getter or a Proxy', () => {
    const getter = Object.defineProperty({ version: 1 }, 'type', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const proxy = new Proxy(
      {},
      {
        getPrototypeOf() {
          throw new Error('boom');
        },
      },
    );
    expect(parseHostMessage(fromParent(getter), open)).toBeNull();
    expect(parseHostMessage(fromParent(proxy), open)).toBeNull();
  });

  it('checks the site against the dataset when it is given', () => {
    const rules = { ...open, knownSiteIds: new Set(['paris-saclay']) };
    const select = (site: string | null) => fromParent({ type: 'atlas:select', version: 1, site });
    expect(parseHostMessage(select('paris-saclay'), rules)).not.toBeNull();
    expect(parseHostMessage(select(null), rules)).not.toBeNull();
    expect(parseHostMessage(select('atlantis'), rules)).toBeNull();
  });

  it('never throws, and whatever it returns is a valid command (property)', () => {
    const anyData = fc.oneof(
      fc.anything({ withNullPrototype: true, withObjectString: true, withMap: true, withDate: true }),
      fc.record(
        {
          type: fc.constantFrom(
            'atlas:select',
            'atlas:set-date',
            'atlas:set-lang',
            'atlas:set-theme',
            'atlas:get-state',
          ),
          version: fc.constantFrom(1, '1', 2, 0),
          site: fc.oneof(fc.string(), fc.constant(null)),
          date: fc.oneof(fc.string(), fc.constant('2024-01-01')),
          lang: fc.constantFrom('fr', 'en', null, 'de'),
          theme: fc.constantFrom('light', 'dark', 'auto', null),
        },
        { requiredKeys: ['type', 'version'] },
      ),
    );
    fc.assert(
      fc.property(anyData, fc.constantFrom(parent, sibling, null), (data, source) => {
        const command = parseHostMessage({ data, origin: HOST, source }, open);
        if (command !== null) expect(hostCommandSchema.safeParse(command).success).toBe(true);
      }),
      { numRuns: 10_000 }, // At least 10,000 cases
    );
  });
});

describe('embed -> host messages', () => {
  it('every message carries the protocol version', () => {
    expect(PROTOCOL_VERSION).toBe(1);
    expect(readyMessage('0.1.0')).toEqual({ type: 'atlas:ready', version: 1, appVersion: '0.1.0' });
    expect(resizeMessage(640)).toEqual({ type: 'atlas:resize', version: 1, height: 640 });
  });

  it('resize heights are whole, non-negative pixels', () => {
    expect(resizeMessage(640.2).height).toBe(641);
    expect(resizeMessage(-5).height).toBe(0);
  });

  it('the state message copies only the URL state, so it survives structured clone', () => {
    const storeLike = {
      ...DEFAULT_URL_STATE,
      site: 'a',
      view: { lat: 1, lon: 2, zoom: 3 },
      select: () => {},
    };
    const message = stateMessage(storeLike);
    expect(message).toEqual({
      type: 'atlas:state',
      version: 1,
      state: { ...DEFAULT_URL_STATE, site: 'a', view: { lat: 1, lon: 2, zoom: 3 } },
    });
    expect(() => structuredClone(message)).not.toThrow();
    expect(message.state.panels).not.toBe(DEFAULT_URL_STATE.panels);
    expect(message.state.view).not.toBe(storeLike.view);
  });

  it('the state message carries the table views', () => {
    const table = ['timeline', 'investments'] as const;
    expect(stateMessage({ ...DEFAULT_URL_STATE, table: [...table] }).state.table).toEqual(table);
  });

  it("targets the origin= parameter, else '*'", () => {
    expect(targetOriginFor(HOST)).toBe(HOST);
    expect(targetOriginFor(null)).toBe('*');
  });
});
