/**
 * The country pledge callouts on the WebGL map: one detached element per country, positioned by
 * maplibre (a marker), rendered into by React through a portal.
 */
import { useEffect, useMemo } from 'react';
import { createPortal } from 'react-dom';
import { NARROW_MAP_QUERY, PHONE_QUERY, useMediaQuery } from '../../../lib/media';
import type { MapAdapter } from '../webgl/map-adapter';
import { PledgeCallout } from './pledge-callout';
import { calloutSide } from '../pledge-features';
import { useCalloutShifts } from './use-callout-shifts';
import type { MapData } from '../use-map-data';

interface MapCalloutsProps {
  adapter: MapAdapter | null;
  data: MapData;
  /** Below the map: where a narrow map's unfolded pledge list goes (see PledgeCallout). */
  dock: HTMLElement | null;
}

export function MapCallouts({ adapter, data, dock }: MapCalloutsProps) {
  const phone = useMediaQuery(PHONE_QUERY);
  const narrow = useMediaQuery(NARROW_MAP_QUERY);
  const countriesKey = data.pledgeCountries.join(',');
  const elements = useMemo(
    () =>
      new Map(
        countriesKey
          .split(',')
          .filter(Boolean)
          .map((country) => [country, document.createElement('div')]),
      ),
    [countriesKey],
  );
  // Each card slides off the site labels and the legend and controls.
  const shifts = useCalloutShifts(adapter, elements);
  useEffect(() => {
    adapter?.setCallouts(
      data.pledges.flatMap((group) => {
        const element = elements.get(group.country);
        if (!group.anchor || !element) return [];
        return [
          { key: group.country, lngLat: group.anchor, side: calloutSide(group.anchor, phone), element },
        ];
      }),
    );
  }, [adapter, data.pledges, elements, phone]);

  return data.pledges.map((group) => {
    const element = elements.get(group.country);
    if (!element) return null;
    const side = group.anchor ? calloutSide(group.anchor, phone) : 'right';
    const shift = shifts.get(group.country) ?? 0;
    return createPortal(
      <PledgeCallout group={group} side={side} shift={shift} dock={narrow ? dock : null} />,
      element,
      group.country,
    );
  });
}
