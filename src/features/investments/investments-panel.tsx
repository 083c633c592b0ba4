import { useTranslation } from 'react-i18next';
import type { AtlasModel } from '../../dataset/model';
import type { Lang } from '../../i18n/languages';

export interface InvestmentsPanelProps {
  model: AtlasModel;
  lang: Lang;
}

/** Slot for the investment chart (issue 5 replaces this body). */
export function InvestmentsPanel(_props: InvestmentsPanelProps) {
  const { t } = useTranslation();
  return (
    <section className="panel panel-investments" aria-labelledby="investments-title">
      <h2 id="investments-title">{t('panels.investments')}</h2>
      <p className="placeholder">{t('panels.comingSoon')}</p>
    </section>
  );
}
