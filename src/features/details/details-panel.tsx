import { useTranslation } from 'react-i18next';
import type { AtlasModel } from '../../dataset/model';
import type { Lang } from '../../i18n/languages';
import { useAtlasStore } from '../../store/store-context';
import { selectSelectedSite, siteStatusAsOf } from '../../store/selectors';
import { StatusBadge } from '../../components/status-badge';
import './details-panel.css';

export function DetailsPanel({ model, lang }: { model: AtlasModel; lang: Lang }) {
  const { t } = useTranslation();
  const selectedId = useAtlasStore((s) => s.selectedId);
  const asOf = useAtlasStore((s) => s.asOf);
  const select = useAtlasStore((s) => s.select);
  const site = selectSelectedSite({ selectedId }, model);
  const status = site ? siteStatusAsOf(site, asOf) : null;
  return (
    <section className="panel details-panel" aria-labelledby="details-title" aria-live="polite">
      <h2 id="details-title">{site ? site.name[lang] : t('panels.details')}</h2>
      {site ? (
        <>
          <p className="details-summary">{site.summary[lang]}</p>
          <dl>
            <dt>{t('details.place')}</dt>
            <dd>
              {site.location.place}, {site.location.region} ({site.location.country})
            </dd>
            <dt>{t('details.status')}</dt>
            <dd>{status ? <StatusBadge status={status} /> : '—'}</dd>
            <dt>{t('details.operator')}</dt>
            <dd>{site.operator}</dd>
          </dl>
          <button type="button" className="link-button" onClick={() => select(null)}>
            {t('details.clear')}
          </button>
        </>
      ) : (
        <p className="placeholder">{t('details.empty')}</p>
      )}
    </section>
  );
}
