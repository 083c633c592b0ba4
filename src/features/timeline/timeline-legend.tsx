/** The legend lists only what the chart draws (model.legend), each with a swatch drawn the same way. */
import type { TFunction } from 'i18next';
import type { TimelineLegendKey } from './timeline-model';

const DOT = 'var(--color-accent)';

function Swatch({ kind }: { kind: TimelineLegendKey }) {
  const body = (() => {
    switch (kind) {
      case 'point':
        return <circle cx="14" cy="8" r="5" style={{ fill: DOT }} />;
      case 'period':
        return <rect x="2" y="2" width="24" height="12" rx="2" style={{ fill: DOT }} />;
      case 'inferred':
        return (
          <rect
            x="2.5"
            y="2.5"
            width="23"
            height="11"
            rx="2"
            style={{ fill: 'url(#timeline-legend-hatch)', stroke: DOT }}
          />
        );
      case 'contested':
        return (
          <rect
            x="2.5"
            y="2.5"
            width="23"
            height="11"
            rx="2"
            style={{ fill: 'var(--color-surface)', stroke: DOT, strokeDasharray: '4 3', strokeWidth: 1.5 }}
          />
        );
      case 'forecast':
        return (
          <rect
            x="2"
            y="2"
            width="24"
            height="12"
            rx="2"
            style={{ fill: 'var(--color-surface)', stroke: DOT, strokeDasharray: '1 3', strokeWidth: 1.5 }}
          />
        );
      case 'overdue':
        return (
          <rect
            x="2"
            y="2"
            width="24"
            height="12"
            rx="2"
            style={{
              fill: 'var(--color-surface)',
              stroke: 'var(--color-danger)',
              strokeDasharray: '1 3',
              strokeWidth: 1.5,
            }}
          />
        );
      case 'horizon':
        return (
          <g className="timeline-horizon">
            <line x1="2" x2="24" y1="8" y2="8" />
            <line x1="24" x2="24" y1="3" y2="13" />
          </g>
        );
      case 'not-yet-known':
        return (
          <rect
            x="2"
            y="2"
            width="24"
            height="12"
            rx="2"
            style={{ fill: 'var(--color-muted)', opacity: 0.45 }}
          />
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
        <pattern
          id="timeline-legend-hatch"
          width="5"
          height="5"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="5" height="5" style={{ fill: 'var(--color-surface)' }} />
          <line x1="0" y1="0" x2="0" y2="5" style={{ stroke: DOT, strokeWidth: 2.2 }} />
        </pattern>
      </defs>
      {body}
    </svg>
  );
}

export function TimelineLegend({
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
}
