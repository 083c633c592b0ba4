export const LANGUAGES = ['fr', 'en'] as const;
export type Lang = (typeof LANGUAGES)[number];

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The URL's choice, else the browser's first French or English preference, else English. */
export function resolveLang(fromUrl: Lang | null, browserLanguages: readonly string[]): Lang {
  if (fromUrl) return fromUrl;
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLang(base)) return base;
  }
  return 'en';
}
