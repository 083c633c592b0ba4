/** The site list for thousands of sites, a lazy chunk with @tanstack/react-virtual. */
import { useEffect, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { Site } from '../../dataset/schema';
import { useAtlasStore } from '../../store/store-context';
import { SiteItem } from './site-item';
/** A virtual row's fixed height in px (site-list.css says the same): rows are not measured. */
const ROW_HEIGHT = 72;

/**
 * Thousands of sites: a scrolling list that renders the rows in view. Each row keeps its place in
 * the whole list for screen readers (aria-setsize/aria-posinset); Tab walks the rows in order
 * because the focused row scrolls into view and its neighbours are rendered around it; a selection
 * made elsewhere (map, search) scrolls its row into view.
 */
export function VirtualSiteList({
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
