/**
 * The map without WebGL (none, or a context lost for good): the same basemap GeoJSON drawn as SVG
 * with a pure Web Mercator projection, and every site and pledge as a real button. No maplibre here.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLinkedItem } from '../../../components/use-linked-item';
import { useLang } from '../../../i18n/use-lang';
import { PHONE_QUERY, useMediaQuery } from '../../../lib/media';
import { useBasemapPart } from '../../../geo/basemap-data';
import type { FallbackReason } from '../webgl/use-map-adapter';
import {
  BASEMAP_BOUNDS,
  EUROPE_BOUNDS,
  fitMercator,
  fitView,
  geometryPath,
  type Bounds,
} from '../../../geo/mercator';
import { PledgeCallout } from '../callouts/pledge-callout';
import { calloutSide } from '../pledge-features';
import { StatusGlyph } from '../status-glyph';
import type { SiteFeatureProperties } from '../site-features';
import { siteDiameter } from '../site-size';
import { STACK_OBSTACLE, STACKED_SITE, useFallbackStack } from './use-fallback-stack';
import { dataBounds, type MapData } from '../use-map-data';
import './map-fallback.css';
import { landmark } from '../../../components/export-landmarks';

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

  // The view fills the frame (no letterbox) and stays on the basemap; it holds every site and
  // pledge where the frame's shape allows. Recomputed when the extent or the frame's shape changes.
  const frameRef = useRef<HTMLDivElement>(null);
  const [frame, setFrame] = useState({ aspect: 0, widthPx: 0 });
  useEffect(() => {
    const element = frameRef.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      const { clientWidth, clientHeight } = element;
      // Rounded, so a sub-pixel change does not redraw every path.
      if (clientWidth > 0 && clientHeight > 0)
        setFrame({ aspect: Math.round((clientWidth / clientHeight) * 100) / 100, widthPx: clientWidth });
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  const extentKey = dataBounds(data)?.flat().join(',') ?? '';
  const projection = useMemo(() => {
    const [w, s, e, n] = extentKey.split(',').map(Number);
    const extent: Bounds | null = extentKey
      ? [
          [w!, s!],
          [e!, n!],
        ]
      : null;
    const needed = union(EUROPE_BOUNDS, extent);
    // Before the frame is measured (or without ResizeObserver): the needed box's own shape.
    const aspect = frame.aspect || fitMercator(needed, WIDTH).width / fitMercator(needed, WIDTH).height;
    return fitMercator(fitView(needed, BASEMAP_BOUNDS, aspect, extent), WIDTH);
  }, [extentKey, frame.aspect]);
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

  // Labels keep a constant on-screen size: how many SVG units one CSS pixel is.
  const unitsPerPixel = frame.widthPx > 0 ? width / frame.widthPx : 1;

  const loaded = countries !== undefined;
  useEffect(() => {
    if (loaded) onReady();
  }, [loaded, onReady]);

  const percent = (lonLat: [number, number]) => {
    const [x, y] = project(lonLat);
    return { left: `${(x / width) * 100}%`, top: `${(y / height) * 100}%` };
  };
  const pledgeCountries = new Set(data.pledgeCountries);
  const stageRef = useRef<HTMLDivElement>(null);
  const siteIds = data.sites.features.map((f) => f.properties.id).join(',');
  const shifts = useFallbackStack(
    stageRef,
    `${extentKey}|${frame.aspect}|${frame.widthPx}|${siteIds}|${lang}`,
  );

  return (
    <div className="map-fallback">
      <p className="map-fallback-notice" role="note">
        {t(`fallback.${reason}`)}
      </p>
      <div className="map-fallback-frame" ref={frameRef}>
        <div
          className="map-fallback-stage"
          ref={stageRef}
          {...landmark('map-fallback')}
          style={{ ['--px' as string]: unitsPerPixel }}
        >
          <svg viewBox={`0 0 ${width} ${height}`} aria-hidden="true" preserveAspectRatio="none">
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
                at={percent(geometry.coordinates as [number, number])}
                shift={shifts.get(site.id) ?? 0}
              />
            ))}
          </ul>
          <div aria-hidden="true">
            {data.sites.features.map(({ properties: site, geometry }) => {
              const shift = shifts.get(site.id) ?? 0;
              if (shift === 0) return null;
              const at = percent(geometry.coordinates as [number, number]);
              const top = shift < 0 ? `calc(${at.top} + ${shift}px)` : at.top;
              return (
                <span
                  key={site.id}
                  className="map-fallback-leader"
                  style={{ left: at.left, top, height: Math.abs(shift) }}
                />
              );
            })}
          </div>
          {data.pledges.map((group) =>
            group.anchor ? (
              <div
                key={group.country}
                className={`map-fallback-callout side-${calloutSide(group.anchor, phone)}`}
                style={percent(group.anchor)}
                {...{ [STACK_OBSTACLE]: '' }}
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

interface FallbackSiteProps {
  site: SiteFeatureProperties;
  /** The site's true place on the stage. */
  at: { left: string; top: string };
  /** How far (px) its button moved off its neighbours; a leader line spans the distance. */
  shift: number;
}

function FallbackSite({ site, at, shift }: FallbackSiteProps) {
  const { t } = useTranslation();
  const { hovered, buttonProps } = useLinkedItem(site.id);
  return (
    <li style={{ ...at, ['--shift' as string]: `${shift}px` }} {...{ [STACKED_SITE]: site.id }}>
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
