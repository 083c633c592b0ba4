/** A story text in the reader's language, or in the other one when it was left empty (marked). */
import type { Lang } from '../../../i18n/languages';
import type { LocalText } from './story-schema';

export interface ShownText {
  text: string;
  /** The language the text is really in (for the `lang` attribute). */
  lang: Lang;
  /** True when the reader's language was empty and the other one is shown instead. */
  fallback: boolean;
}

export function localText(text: LocalText, lang: Lang): ShownText {
  if (text[lang].trim() !== '') return { text: text[lang], lang, fallback: false };
  const other: Lang = lang === 'fr' ? 'en' : 'fr';
  return { text: text[other], lang: other, fallback: text[other].trim() !== '' };
}
