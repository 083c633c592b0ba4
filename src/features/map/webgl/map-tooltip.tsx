/** The hover tooltip: name, status and headline figure of one site, pinned above its symbol. */
import { useTranslation } from 'react-i18next';
import type { Site, SiteStatus } from '../../../dataset/schema';
import { formatQuantity } from '../../../i18n/format';
import { useLang } from '../../../i18n/use-lang';
import type { Headline } from '../site-facts';
import { StatusGlyph } from '../status-glyph';

interface MapTooltipProps {
  site: Site;
  status: SiteStatus;
  headline: Headline | null;
  point: { x: number; y: number };
}

export function MapTooltip({ site, status, headline, point }: MapTooltipProps) {
  const { t } = useTranslation('map');
  const lang = useLang();
  const { t: tc } = useTranslation();
  return (
    <div className="map-tooltip" role="tooltip" style={{ left: point.x, top: point.y }}>
      <p className="map-tooltip-name">{site.name[lang]}</p>
      <p className="map-tooltip-status">
        <StatusGlyph status={status} size={12} />
        {tc(`status.${status}`)}
        <span className="map-tooltip-place">
          {' · '}
          {site.location.place}
        </span>
      </p>
      {headline && (
        <p className="map-tooltip-figure">
          {t(`tooltip.${headline.kind}`)} <strong>{formatQuantity(headline.quantity, lang)}</strong>
        </p>
      )}
    </div>
  );
}
