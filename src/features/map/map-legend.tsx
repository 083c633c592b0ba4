/** What the symbols mean: status by shape and colour, size by stated capacity, pledges, clusters. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { siteStatuses } from '../../dataset/vocabulary';
import { formatAmount } from '../../i18n/format';
import { isPhoneScreen, matchesMedia } from '../../lib/media';
import { useLang } from '../../i18n/use-lang';
import { StatusGlyph } from './status-glyph';
import { LEGEND_CAPACITIES, UNKNOWN_DIAMETER, siteDiameter } from './site-size';
import { landmark } from '../../components/export-landmarks';

/**
 * A window this short leaves a map too short for the open legend (about 315 px) beside the sites:
 * at 1024 × 768 it reached down over the Essonne label (in French, whose lines wrap more).
 */
export const SHORT_WINDOW_QUERY = '(max-height: 820px)';

export function MapLegend() {
  const { t } = useTranslation('map');
  const lang = useLang();
  const { t: tc } = useTranslation();
  // Open where the map has room; on a phone or in a short window the legend starts folded so that
  // it does not cover the map (one click opens it).
  const [open] = useState(() => !isPhoneScreen() && !matchesMedia(SHORT_WINDOW_QUERY));
  return (
    <details className="map-legend" open={open} {...landmark('map-legend')}>
      <summary>{t('legend.title')}</summary>
      <div className="map-legend-body">
        <p className="map-legend-heading">{t('legend.status')}</p>
        <ul>
          {siteStatuses.map((status) => (
            <li key={status}>
              <StatusGlyph status={status} />
              {tc(`status.${status}`)}
            </li>
          ))}
        </ul>
        <p className="map-legend-heading">{t('legend.size')}</p>
        <ul className="map-legend-sizes">
          {LEGEND_CAPACITIES.map((mw) => (
            <li key={mw}>
              <span className="size-disc" style={{ width: siteDiameter(mw), height: siteDiameter(mw) }} />
              {formatAmount(mw, 'MW', lang)}
            </li>
          ))}
          <li>
            <span className="size-disc" style={{ width: UNKNOWN_DIAMETER, height: UNKNOWN_DIAMETER }} />
            {t('legend.sizeUnknown')}
          </li>
        </ul>
        <ul>
          <li>
            <span className="pledge-swatch" aria-hidden="true" />
            {t('legend.pledge')}
          </li>
          <li>
            <span className="cluster-swatch" aria-hidden="true">
              12
            </span>
            {t('legend.cluster')}
          </li>
        </ul>
      </div>
    </details>
  );
}
