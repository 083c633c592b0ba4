/**
 * The map without WebGL (none, or a context lost for good): the same basemap GeoJSON drawn as SVG
 * with a pure Web Mercator projection, and every site and pledge as a real button. No maplibre here.
 */
import { useEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { useLinkedItem } from '../../components/use-linked-item';
import { useLang } from '../../i18n/use-lang';
import { PHONE_QUERY, useMediaQuery } from '../../lib/media';
import { useBasemapPart } from './basemap-data';
import type { FallbackReason } from './use-map-adapter';
import { EUROPE_BOUNDS, fitMercator, geometryPath, type Bounds } from './mercator';
import { PledgeCallout } from './pledge-callout';
import { calloutSide } from './pledge-features';
import { StatusGlyph } from './status-glyph';
import type { SiteFeatureProperties } from './site-features';
import { siteDiameter } from './site-size';
import { dataBounds, type MapData } from './use-map-data';
import './map-fallback.css';
import { landmark } from '../../components/export-landmarks';

interface MapFallbackProps {
  reason: FallbackReason;
  data: MapData;
  onReady: () => void;
}

const WIDTH = 1000;

function union(a: Bounds, b: Bounds | null): Bounds {
  if (!b) return a;
  return [
    [Math.min(a[0][0], b[0][0] - 1), Math.min(a[0][1], b[0][1] - 1)],
    [Math.max(a[1][0], b[1][0] + 1), Math.max(a[1][1], b[1][1] + 1)],
  ];
}

export function MapFallback({ reason, data, onReady }: MapFallbackProps) {
  const { t } = useTranslation('map');
  const lang = useLang();
  const phone = useMediaQuery(PHONE_QUERY);
  const countries = useBasemapPart('countries');
  const borders = useBasemapPart('borders');
  const labels = useBasemapPart('labels');

  // The frame grows to hold every site and pledge (no zoom here): recomputed only when the extent changes.
  const extentKey = dataBounds(data)?.flat().join(',') ?? '';
  const projection = useMemo(() => {
    const [w, s, e, n] = extentKey.split(',').map(Number);
    const extent: Bounds | null = extentKey
      ? [
          [w!, s!],
          [e!, n!],
        ]
      : null;
    return fitMercator(union(EUROPE_BOUNDS, extent), WIDTH);
  }, [extentKey]);
  const { width, height, project } = projection;
  const paths = useMemo(
    () => ({
      countries: (countries?.features ?? []).map((f) => ({
        iso: String(f.properties?.iso ?? ''),
        d: geometryPath(f.geometry, project),
      })),
      borders: (borders?.features ?? []).map((f) => geometryPath(f.geometry, project)).join(''),
    }),
    [countries, borders, project],
  );

  // Labels keep a constant on-screen size: track how many SVG units one CSS pixel is.
  const stageRef = useRef<HTMLDivElement>(null);
  const [unitsPerPixel, setUnitsPerPixel] = useState(1);
  useEffect(() => {
    const stage = stageRef.current;
    if (!stage || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      if (stage.clientWidth > 0) setUnitsPerPixel(width / stage.clientWidth);
    });
    observer.observe(stage);
    return () => observer.disconnect();
  }, [width]);

  const loaded = countries !== undefined;
  useEffect(() => {
    if (loaded) onReady();
  }, [loaded, onReady]);

  const percent = (lonLat: [number, number]) => {
    const [x, y] = project(lonLat);
    return { left: `${(x / width) * 100}%`, top: `${(y / height) * 100}%` };
  };
  const pledgeCountries = new Set(data.pledgeCountries);

  return (
    <div className="map-fallback">
      <p className="map-fallback-notice" role="note">
        {t(`fallback.${reason}`)}
      </p>
      <div className="map-fallback-frame">
        <div
          ref={stageRef}
          className="map-fallback-stage"
          {...landmark('map-fallback')}
          style={{
            aspectRatio: `${width} / ${height}`,
            ['--ratio' as string]: width / height,
            ['--px' as string]: unitsPerPixel,
          }}
        >
          <svg viewBox={`0 0 ${width} ${height}`} aria-hidden="true" overflow="visible">
            <rect x={-width} y={-height} width={width * 3} height={height * 3} className="sea" />
            {paths.countries.map(({ iso, d }, i) => (
              <path
                key={`${iso}-${i}`}
                d={d}
                className={pledgeCountries.has(iso) ? 'land pledged' : 'land'}
              />
            ))}
            <path d={paths.borders} className="borders" />
            {(labels?.features ?? [])
              // Labels do not dodge each other here: fewer of them on a small drawing.
              .filter(
                (f) =>
                  Number(f.properties?.rank) <= (unitsPerPixel > 1.8 ? 12 : 24) &&
                  f.geometry.type === 'Point',
              )
              .map((f) => {
                const [x, y] = project((f.geometry as GeoJSON.Point).coordinates as [number, number]);
                return (
                  <text key={String(f.properties?.iso)} x={x} y={y} className="country-label">
                    {String(f.properties?.[`name_${lang}`] ?? '')}
                  </text>
                );
              })}
          </svg>
          <ul className="map-fallback-sites" aria-label={t('fallback.sites')}>
            {data.sites.features.map(({ properties: site, geometry }) => (
              <FallbackSite
                key={site.id}
                site={site}
                style={percent(geometry.coordinates as [number, number])}
              />
            ))}
          </ul>
          {data.pledges.map((group) =>
            group.anchor ? (
              <div
                key={group.country}
                className={`map-fallback-callout side-${calloutSide(group.anchor, phone)}`}
                style={percent(group.anchor)}
              >
                <PledgeCallout group={group} side={calloutSide(group.anchor, phone)} />
              </div>
            ) : null,
          )}
        </div>
      </div>
      <p className="map-fallback-credit" {...landmark('map-credit')}>
        {countries === null ? t('fallback.missingBasemap') : t('attribution')}
      </p>
    </div>
  );
}

function FallbackSite({ site, style }: { site: SiteFeatureProperties; style: CSSProperties }) {
  const { t } = useTranslation();
  const { hovered, buttonProps } = useLinkedItem(site.id);
  return (
    <li style={style}>
      <button type="button" className={hovered ? 'is-hovered' : undefined} {...buttonProps}>
        <StatusGlyph status={site.status} size={siteDiameter(site.mw)} />
        <span className="site-label" {...landmark('site-label')}>
          {site.name}
        </span>
        <span className="visually-hidden">, {t(`status.${site.status}`)}</span>
      </button>
    </li>
  );
}
