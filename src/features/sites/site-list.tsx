import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useVirtualizer } from '@tanstack/react-virtual';
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
      {sites.length > VIRTUAL_FROM ? (
        <VirtualSiteList sites={sites} asOf={asOf} label={t('sites.listLabel')} />
      ) : (
        <ul aria-label={t('sites.listLabel')}>
          {sites.map((site, i) => (
            <SiteItem key={site.id} site={site} asOf={asOf} position={i + 1} size={sites.length} />
          ))}
        </ul>
      )}
    </section>
  );
}

/** Above this many sites only the rows in view (and a few around them) are in the document. */
export const VIRTUAL_FROM = 100;
/** A virtual row's fixed height in px (site-list.css says the same): rows are not measured. */
const ROW_HEIGHT = 72;

/**
 * Thousands of sites: a scrolling list that renders the rows in view. Each row keeps its place in
 * the whole list for screen readers (aria-setsize/aria-posinset); Tab walks the rows in order
 * because the focused row scrolls into view and its neighbours are rendered around it; a selection
 * made elsewhere (map, search) scrolls its row into view.
 */
function VirtualSiteList({
  sites,
  asOf,
  label,
}: {
  sites: readonly Site[];
  asOf: string | null;
  label: string;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  const selectedId = useAtlasStore((s) => s.selectedId);
  // The virtualizer is mutable by design (it re-renders this component itself): nothing here is memoized.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: sites.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    getItemKey: (index) => sites[index]!.id,
    // Before the first measure (and in tests without layout): a column of about ten rows.
    initialRect: { width: 320, height: 640 },
  });
  const selectedIndex = selectedId ? sites.findIndex((site) => site.id === selectedId) : -1;
  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);
  const rows = virtualizer.getVirtualItems();
  return (
    <div ref={scroller} className="site-list-scroller">
      <ul aria-label={label} className="site-list-virtual" style={{ height: virtualizer.getTotalSize() }}>
        {rows.map((row) => (
          <SiteItem
            key={row.key}
            site={sites[row.index]!}
            asOf={asOf}
            position={row.index + 1}
            size={sites.length}

            rowIndex={row.index}
            offset={row.start}
          />
        ))}
      </ul>
    </div>
  );
}

interface SiteItemProps {
  site: Site;
  asOf: string | null;
  position: number;
  size: number;
  rowIndex?: number;
  offset?: number;
}

function SiteItem({ site, asOf, position, size, rowIndex, offset }: SiteItemProps) {
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
