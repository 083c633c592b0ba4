import { describe, expect, it } from 'vitest';
import { checkSafeText, MAX_TEXT_LENGTH, safeUrlSchema, unsafeTextReason } from './safe-text';
import { sampleAtlas } from './sample-atlas';
import { validateAtlas } from './validate';

describe('unsafeTextReason', () => {
  it.each([
    ['\u202Eevil', 'U+202E'],
    ['a\u202Ab', 'U+202A'],
    ['x\u2066y', 'U+2066'],
    ['x\u2069', 'U+2069'],
  ])('refuses the direction override in %j', (text, found) => {
    expect(unsafeTextReason(text)).toEqual({
      kind: 'bidi',
      message: 'contains a bidirectional override',
      found,
    });
  });

  it.each([['a\u0000b'], ['tab\there'], ['bell\u0007'], ['del\u007F'], ['c1\u0085'], ['cr\r']])(
    'refuses the control character in %j',
    (text) => {
      expect(unsafeTextReason(text)?.message).toBe('contains a control character');
    },
  );

  it('refuses lone surrogates and enormous strings', () => {
    expect(unsafeTextReason('x\uD800y')?.message).toBe('contains a lone surrogate');
    expect(unsafeTextReason('x'.repeat(MAX_TEXT_LENGTH + 1))?.found).toBe(
      `${MAX_TEXT_LENGTH + 1} characters`,
    );
  });

  it('accepts ordinary French, emoji, markup-looking text and line feeds', () => {
    for (const text of [
      'Borlänge « 1,4 GW »',
      'Ça marche 🚀',
      '<script>alert(1)</script>',
      'a\nb',
      'x'.repeat(5000),
    ]) {
      expect(unsafeTextReason(text)).toBeNull();
    }
  });
});

describe('checkSafeText', () => {
  it('names every unsafe string by its JSON path, at any depth', () => {
    const problems = checkSafeText({ a: [{ b: 'ok' }, { b: '\u202Eno' }], c: { d: 'tab\t' } });
    expect(problems.map((p) => p.path)).toEqual(['a[1].b', 'c.d']);
  });

  it('stops at absurd depths without throwing', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const problems = checkSafeText(deep);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(/nested deeper/);
  });
});

describe('safeUrlSchema', () => {
  it.each(['javascript:alert(1)', 'data:text/html,<script>x</script>', 'file:///etc/passwd', 'ftp://x.org/'])(
    'refuses %s',
    (url) => {
      expect(safeUrlSchema.safeParse(url).success).toBe(false);
    },
  );
  it('accepts http and https', () => {
    expect(safeUrlSchema.safeParse('https://example.org/a?b=c').success).toBe(true);
    expect(safeUrlSchema.safeParse('http://example.org/').success).toBe(true);
  });
});

describe('validateAtlas with unsafe text', () => {
  it('refuses a valid atlas whose site name holds a direction override', () => {
    const atlas = sampleAtlas();
    atlas.sites[0]!.name.en = 'Paris \u202Eetis';
    const result = validateAtlas(atlas);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems).toEqual([
        expect.objectContaining({ path: 'sites[0].name.en', found: 'U+202E' }),
      ]);
  });

  it('refuses a javascript: link beside other schema problems', () => {
    const atlas = sampleAtlas() as unknown as { sites: { external: unknown[]; operator: unknown }[] };
    atlas.sites[0]!.external = [{ title: 'T', publisher: 'P', url: 'javascript:alert(1)' }];
    atlas.sites[1]!.operator = 3;
    const result = validateAtlas(atlas);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems.map((p) => p.path)).toEqual(
        expect.arrayContaining(['sites[0].external[0].url', 'sites[1].operator']),
      );
    }
  });

  it('refuses an id longer than the URL codec can carry', () => {
    const atlas = sampleAtlas();
    atlas.sources[0]!.id = 'a'.repeat(65);
    expect(validateAtlas(atlas).ok).toBe(false);
  });
});
