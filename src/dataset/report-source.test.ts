import { describe, expect, it } from 'vitest';
import { reportSourceName } from './report-source';
import type { ExternalRef, Source } from './schema';

const source: Source = {
  id: 'src-001',
  file: '001_abc.txt',
  outlet: null,
  title: 'Titre',
  published: { start: '2025-02-10', precision: 'day', certainty: 'stated' },
  kind: 'news',
  reliability: { fr: '', en: '' },
};
const sources = new Map([[source.id, source]]);
const ref = (publisher: string, kind?: ExternalRef['kind']): ExternalRef => ({
  title: 'Page',
  publisher,
  url: 'https://example.org/',
  ...(kind ? { kind } : {}),
});

describe('reportSourceName', () => {
  it('names the first page that is not weak, before a weak one listed first', () => {
    const change = {
      citations: [],
      external: [ref('Aggregator', 'aggregator'), ref('LeMagIT', 'trade-press')],
    };
    expect(reportSourceName(change, sources)).toBe('LeMagIT');
  });

  it('falls back to a weak page, then to the article’s outlet or number', () => {
    expect(reportSourceName({ citations: [], external: [ref('Blog', 'marketing')] }, sources)).toBe('Blog');
    const quoted = { citations: [{ source: 'src-001', quote: 'une citation' }], external: [] };
    expect(reportSourceName(quoted, sources)).toBe('001');
    expect(reportSourceName({ citations: [], external: [] }, sources)).toBeNull();
  });
});
