import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { AtlasModel } from '../../dataset/model';
import type { Lang } from '../../i18n/languages';
import { useAtlasStore } from '../../store/store-context';
import { selectVisibleSites, statusChangeAsOf } from '../../store/selectors';
import { formatDateWithCertainty } from '../../i18n/format';
import { StatusBadge } from '../../components/status-badge';
import { SiteOverdueForecasts } from '../../components/overdue-forecast';
import './site-list.css';

/** The accessible list of sites: the keyboard and screen-reader way to everything on the map. */
export function SiteList({ model, lang }: { model: AtlasModel; lang: Lang }) {
  const { t } = useTranslation();
  const { selectedId, hoveredId, asOf } = useAtlasStore(
    useShallow((s) => ({ selectedId: s.selectedId, hoveredId: s.hoveredId, asOf: s.asOf })),
  );
  const select = useAtlasStore((s) => s.select);
  const hover = useAtlasStore((s) => s.hover);
  const sites = selectVisibleSites({ asOf }, model);
  return (
    <section className="panel site-list" aria-labelledby="site-list-title">
      <h2 id="site-list-title">
        {t('panels.sites')} <span className="count">{t('sites.count', { count: sites.length })}</span>
      </h2>
      <ul aria-label={t('sites.listLabel')}>
        {sites.map((site) => {
          const change = statusChangeAsOf(site, asOf);
          return (
            <li key={site.id}>
              <button
                type="button"
                className={hoveredId === site.id ? 'is-hovered' : undefined}
                aria-pressed={selectedId === site.id}
                onClick={() => select(selectedId === site.id ? null : site.id)}
                onMouseEnter={() => hover(site.id)}
                onMouseLeave={() => hover(null)}
                onFocus={() => hover(site.id)}
                onBlur={() => hover(null)}
              >
                <span className="site-name">{site.name[lang]}</span>
                <span className="site-place">
                  {site.location.place}, {site.location.country}
                </span>
                {change && (
                  <span className="site-status">
                    <StatusBadge status={change.status} />
                    <span className="site-status-date">
                      {t('sites.statusReported', {
                        date: formatDateWithCertainty({ ...change.date, end: undefined }, lang),
                      })}
                    </span>
                  </span>
                )}
                <SiteOverdueForecasts site={site} />
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
