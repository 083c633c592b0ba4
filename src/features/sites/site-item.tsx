/** One site's row in the site list: a button that selects it, with its place and status. */
import { useTranslation } from 'react-i18next';
import type { Site } from '../../dataset/schema';
import { useLang } from '../../i18n/use-lang';
import { statusChangeAsOf } from '../../dataset/site-status';
import { formatDateWithCertainty } from '../../i18n/format';
import { StatusBadge } from '../../components/status-badge';
import { useLinkedItem } from '../../components/use-linked-item';
import { SiteOverdueForecasts } from '../../components/overdue-forecast';

export interface SiteItemProps {
  site: Site;
  asOf: string | null;
  position: number;
  size: number;
  rowIndex?: number;
  offset?: number;
}

export function SiteItem({ site, asOf, position, size, rowIndex, offset }: SiteItemProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const { hovered, buttonProps } = useLinkedItem(site.id);
  const change = statusChangeAsOf(site, asOf);
  return (
    <li
      aria-setsize={size}
      aria-posinset={position}
      data-index={rowIndex}
      style={offset === undefined ? undefined : { transform: `translateY(${offset}px)` }}
    >
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
