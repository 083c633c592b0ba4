/** A story text in the reader's language, or the other one marked as such (local-text.ts). */
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n/use-lang';
import { localText } from './story/local-text';
import type { LocalText } from './story/story-schema';

export function ShownText({ text }: { text: LocalText }) {
  const { t } = useTranslation('stories');
  const shown = localText(text, useLang());
  if (!shown.fallback) return <>{shown.text}</>;
  return (
    <span lang={shown.lang}>
      {shown.text}{' '}
      <span className="fallback-mark">({t('fallback', { lang: shown.lang.toUpperCase() })})</span>
    </span>
  );
}
