/** A country's name from its ISO 3166 code, in the page's language. */
import type { Lang } from './languages';

// One Intl.DisplayNames per language: building one costs more than the lookup, and every map
// callout and money group names its country at each render.
const regionNames = new Map<Lang, Intl.DisplayNames>();

/** The code itself when the browser does not know it (or has no Intl.DisplayNames). */
export function regionName(code: string, lang: Lang): string {
  try {
    let names = regionNames.get(lang);
    if (!names) regionNames.set(lang, (names = new Intl.DisplayNames([lang], { type: 'region' })));
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
