/**
 * A step's map for the printed handout: the offline basemap drawn as static SVG around the step's
 * camera, with the sites known at the step's date and the cited ones marked. Composed here because
 * it borrows the map feature's basemap and projection (features do not import each other).
 */
import { useTranslation } from 'react-i18next';
import { useAtlasModel } from '../dataset/model-context';
import { stepUrlState, type StoryStep } from '../features/presenter/story/story-schema';
import { isKnownBy } from '../lib/date-value';
import { announcedDate } from '../dataset/announced-date';
import { useLang } from '../i18n/use-lang';
import { useBasemapPart } from '../geo/basemap-data';
import { EUROPE_BOUNDS, fitMercator, geometryPath, type Bounds } from '../geo/mercator';

const WIDTH = 640;

/** Roughly what a ~600 px wide map shows at the step's camera (Web Mercator: 256 px per world at zoom 0). */
export function cameraBounds(view: { lat: number; lon: number; zoom: number } | null): Bounds {
  if (!view) return EUROPE_BOUNDS;
  const halfLon = (360 * (600 / 256)) / 2 ** view.zoom / 2;
  const halfLat = halfLon * 0.55;
  return [
    [view.lon - halfLon, Math.max(-80, view.lat - halfLat)],
    [view.lon + halfLon, Math.min(80, view.lat + halfLat)],
  ];
}

export function HandoutMap({ step }: { step: StoryStep }) {
  const { t } = useTranslation('presenter');
  const lang = useLang();
  const model = useAtlasModel();
  const countries = useBasemapPart('countries');
  const { view, date } = stepUrlState(step);
  const { width, height, project } = fitMercator(cameraBounds(view), WIDTH);
  const sites = model.atlas.sites.filter((site) => isKnownBy(announcedDate(site), date));
  const label = sites.map((site) => site.location.place).join(', ') || '–';
  return (
    <figure className="handout-map-figure">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={t('handoutMap', { label })}>
        <rect width={width} height={height} fill="#e8eef2" />
        {(countries?.features ?? []).map((feature, index) => (
          <path
            key={index}
            d={geometryPath(feature.geometry, project)}
            fill="#fbfaf6"
            stroke="#777"
            strokeWidth={0.8}
          />
        ))}
        {sites.map((site) => {
          const [x, y] = project([site.location.lon, site.location.lat]);
          const cited = step.cites.includes(site.id);
          return (
            <g key={site.id}>
              <circle
                cx={x}
                cy={y}
                r={cited ? 9 : 6}
                fill={cited ? '#000' : '#666'}
                stroke="#fff"
                strokeWidth={2}
              />
              <text x={x + 12} y={y + 5} fontSize={16} fontWeight={cited ? 700 : 400} fill="#000">
                {site.location.place}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        {t('handoutMap', { label })}
        {lang === 'fr' ? ' · fond\u00a0: Natural Earth' : ' · basemap: Natural Earth'}
      </figcaption>
    </figure>
  );
}
