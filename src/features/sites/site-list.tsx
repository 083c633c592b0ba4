import { useTranslation } from 'react-i18next';
import type { Site } from '../../dataset/schema';
import { useAtlasModel } from '../../dataset/model-context';
import { useLang } from '../../i18n/use-lang';
import { useAtlasStore } from '../../store/store-context';
import { selectVisibleSites, statusChangeAsOf } from '../../dataset/site-status';
import { formatDateWithCertainty } from '../../i18n/format';
import { StatusBadge } from '../../components/status-badge';
import { useLinkedItem } from '../../components/use-linked-item';
import { SiteOverdueForecasts } from '../../components/overdue-forecast';
import './site-list.css';

/** The accessible list of sites: the keyboard and screen-reader way to everything on the map. */
export function SiteList() {
  const { t } = useTranslation();
  const model = useAtlasModel();
  const asOf = useAtlasStore((s) => s.asOf);
  const sites = selectVisibleSites({ asOf }, model);
  return (
    <section className="panel site-list" aria-labelledby="site-list-title">
      <h2 id="site-list-title">
        {t('panels.sites')} <span className="count">{t('sites.count', { count: sites.length })}</span>
      </h2>
      <ul aria-label={t('sites.listLabel')}>
        {sites.map((site) => (
          <SiteItem key={site.id} site={site} asOf={asOf} />
        ))}
      </ul>
    </section>
  );
}

function SiteItem({ site, asOf }: { site: Site; asOf: string | null }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { hovered, buttonProps } = useLinkedItem(site.id);
  const change = statusChangeAsOf(site, asOf);
  return (
    <li>
      <button type="button" className={hovered ? 'is-hovered' : undefined} {...buttonProps}>
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
}
