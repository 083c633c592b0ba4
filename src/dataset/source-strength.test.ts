import { describe, expect, it } from 'vitest';
import type { Citation, ExternalRef, Source } from './schema';
import { isWeakExternal, isWeaklySourced } from './source-strength';
import { externalKinds, weakExternalKinds } from './vocabulary';

const source = (id: string, kind: Source['kind']): Source => ({
  id,
  file: `${id}.txt`,
  outlet: null,
  title: id,
  published: { start: '2025-02-10', precision: 'day', certainty: 'stated' },
  kind,
  reliability: { fr: '', en: '' },
});
const sources = new Map([
  ['src-news', source('src-news', 'news')],
  ['src-promo', source('src-promo', 'promotional')],
]);
const cite = (id: string): Citation => ({ source: id, quote: 'une citation exacte' });
const ref = (kind?: ExternalRef['kind']): ExternalRef => ({
  title: 'Page',
  publisher: 'Publisher',
  url: 'https://example.org/page',
  ...(kind ? { kind } : {}),
});

describe('isWeakExternal', () => {
  it('is weak exactly for aggregators, machine-written sites and marketing pages', () => {
    for (const kind of externalKinds)
      expect(isWeakExternal(ref(kind))).toBe((weakExternalKinds as readonly string[]).includes(kind));
    expect(isWeakExternal(ref())).toBe(false);
  });
});

describe('isWeaklySourced', () => {
  it('marks a figure backed only by a promotional article or weak pages', () => {
    expect(isWeaklySourced({ citations: [cite('src-promo')] }, sources)).toBe(true);
    expect(isWeaklySourced({ citations: [], external: [ref('aggregator'), ref('marketing')] }, sources)).toBe(
      true,
    );
    expect(
      isWeaklySourced({ citations: [cite('src-promo')], external: [ref('machine-written')] }, sources),
    ).toBe(true);
  });

  it('does not mark a figure that one strong source backs, whatever else backs it', () => {
    expect(isWeaklySourced({ citations: [cite('src-promo'), cite('src-news')] }, sources)).toBe(false);
    expect(isWeaklySourced({ citations: [cite('src-promo')], external: [ref('wire')] }, sources)).toBe(false);
    expect(
      isWeaklySourced({ citations: [], external: [ref('aggregator'), ref('trade-press')] }, sources),
    ).toBe(false);
  });

  it('does not judge a reference of unknown kind, nor a fact without sources', () => {
    expect(isWeaklySourced({ citations: [], external: [ref()] }, sources)).toBe(false);
    expect(isWeaklySourced({ citations: [cite('src-promo')], external: [ref()] }, sources)).toBe(false);
    expect(isWeaklySourced({ citations: [] }, sources)).toBe(false);
  });
});
