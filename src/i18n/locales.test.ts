import { describe, expect, it } from 'vitest';
import { createI18n } from './i18n';
import { resources } from './resources';

function keys(tree: unknown, prefix = ''): string[] {
  if (typeof tree !== 'object' || tree === null) return [prefix];
  return Object.entries(tree).flatMap(([key, value]) => keys(value, prefix ? `${prefix}.${key}` : key));
}

describe('locales', () => {
  const namespaces = Object.keys(resources.en) as (keyof typeof resources.en)[];

  it.each(namespaces)('namespace %s has the same keys in French and English', (ns) => {
    expect(keys(resources.fr[ns]).sort()).toEqual(keys(resources.en[ns]).sort());
  });

  it.each(namespaces)('namespace %s has no empty string', (ns) => {
    for (const lang of ['fr', 'en'] as const) {
      const empty = keys(resources[lang][ns]).filter((key) => {
        const value = key
          .split('.')
          .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], resources[lang][ns]);
        return typeof value === 'string' && value.trim() === '';
      });
      expect(empty, `${lang}/${ns}`).toEqual([]);
    }
  });

  it('writes counts with the language’s digit grouping (10,000 sites)', () => {
    expect(createI18n('en').t('sites.count', { count: 10_000 })).toBe('10,000 sites');
    // French groups with a narrow no-break space.
    expect(createI18n('fr').t('sites.count', { count: 10_000 })).toBe('10\u202f000 sites');
    expect(
      createI18n('en').t('summary.main', {
        ns: 'timeline',
        count: 50_000,
        first: '2018',
        last: '2030',
        inferred: 1_200,
        contested: 3,
      }),
    ).toMatch(/^50,000 events, 2018 to 2030 \(1,200 with/);
  });
});
