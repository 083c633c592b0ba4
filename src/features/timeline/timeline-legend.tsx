/**
 * The legend lists only what the chart draws (model.legend); each swatch is drawn with the marks'
 * own markStyle() and hatching, so the legend cannot drift from the chart.
 */
import { memo } from 'react';
import type { TFunction } from 'i18next';
import type { TimelineLegendKey } from './timeline-model';
import { HatchPattern, markStyle } from './timeline-marks';

const LEGEND_HATCH_ID = 'timeline-legend-hatch';
const stated = { known: true, forecast: false, overdue: false, certainty: 'stated', shape: 'bar' } as const;

function Swatch({ kind }: { kind: TimelineLegendKey }) {
  const bar = (look: Parameters<typeof markStyle>[0], opacity?: number) => (
    <rect
      className="timeline-mark"
      x="2.5"
      y="2.5"
      width="23"
      height="11"
      rx="2"
      style={{ ...markStyle(look, LEGEND_HATCH_ID), opacity }}
    />
  );
  const body = (() => {
    switch (kind) {
      case 'point':
        return (
          <circle
            className="timeline-mark"
            cx="14"
            cy="8"
            r="5"
            style={markStyle({ ...stated, shape: 'point' })}
          />
        );
      case 'period':
        return bar(stated);
      case 'inferred':
        return bar({ ...stated, certainty: 'inferred' });
      case 'contested':
        return bar({ ...stated, certainty: 'contested' });
      case 'forecast':
        return bar({ ...stated, forecast: true });
      case 'not-yet-known':
        // The chart fades a not-yet-known mark the same way (timeline.css, .is-unknown).
        return bar({ ...stated, known: false }, 0.55);
      case 'overdue':
        return bar({ ...stated, forecast: true, overdue: true });
      case 'horizon':
        return (
          <g className="timeline-horizon">
            <line x1="2" x2="24" y1="8" y2="8" />
            <line x1="24" x2="24" y1="3" y2="13" />
          </g>
        );
      case 'today':
        return <line x1="14" x2="14" y1="0" y2="16" className="legend-today" />;
      case 'cursor':
        return <line x1="14" x2="14" y1="0" y2="16" className="legend-cursor" />;
    }
  })();
  return (
    <svg width="28" height="16" viewBox="0 0 28 16" aria-hidden="true" focusable="false">
      <defs>
        <HatchPattern id={LEGEND_HATCH_ID} />
      </defs>
      {body}
    </svg>
  );
}

// Memoised: the deferred store (store/deferred-views.ts) re-renders its panel with the last
// cursor first; an unchanged legend is then skipped.
export const TimelineLegend = memo(function TimelineLegend({
  keys,
  t,
}: {
  keys: readonly TimelineLegendKey[];
  t: TFunction<'timeline'>;
}) {
  if (keys.length === 0) return null;
  return (
    <div className="timeline-legend">
      <h3 className="visually-hidden">{t('legend.title')}</h3>
      <ul>
        {keys.map((key) => (
          <li key={key}>
            <Swatch kind={key} />
            {t(`legend.${key}`)}
          </li>
        ))}
      </ul>
    </div>
  );
});
