import { describe, expect, it } from 'vitest';
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
});
