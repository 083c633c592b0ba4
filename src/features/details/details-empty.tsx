import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
// The panel's box is styled before its chunk arrives: the empty state and the loading one use it.
import './details-panel.css';

/** The details panel with nothing (yet) to show: the same box, empty or while its chunk loads. */
export function DetailsEmpty({ children }: { children?: ReactNode }) {
  const { t } = useTranslation('details');
  return (
    <section className="panel details-panel" aria-labelledby="details-title">
      <h2 id="details-title">{t('panel.title')}</h2>
      {children ?? <p className="placeholder">{t('panel.empty')}</p>}
    </section>
  );
}
