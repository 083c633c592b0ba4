import { useTranslation } from 'react-i18next';
import type { AtlasModel } from '../../dataset/model';
import type { Lang } from '../../i18n/languages';

export interface TimelinePanelProps {
  model: AtlasModel;
  lang: Lang;
}

/** Slot for the timeline chart (issue 5 replaces this body). */
export function TimelinePanel(_props: TimelinePanelProps) {
  const { t } = useTranslation();
  return (
    <section className="panel panel-timeline" aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('panels.timeline')}</h2>
      <p className="placeholder">{t('panels.comingSoon')}</p>
    </section>
  );
}
