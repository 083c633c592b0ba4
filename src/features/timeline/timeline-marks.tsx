/**
 * The events, drawn with the chart's own scales (components/chart-scales.ts): a dot for a stated day, a
 * bar for a period; hatched when inferred, dashed outline when contested, grey when dated after the
 * cursor. Each row is one button: click selects, hover/focus highlights everywhere.
 */
import { useChartScales, type ChartPlotArea, type ChartXScale } from '../../components/chart-scales';
import type { TFunction } from 'i18next';
import { linkClasses, linkState, useLinkedItem } from '../../components/use-linked-item';
import { useLang } from '../../i18n/use-lang';
import { placeLabel, spanEndMs, targetOf, type TimelineRow } from './timeline-layout';
import type { TimelineItem } from './timeline-model';

export const ROW_HEIGHT = 26;
export const AXIS_HEIGHT = 24;
const BAR_HEIGHT = 12;
const MIN_BAR_WIDTH = 6;
const LABEL_GAP = 6;

export const HATCH_ID = 'timeline-hatch';
export const TIMELINE_MARGIN = { top: 24, right: 16, bottom: 0, left: 16 } as const;

export function timelineHeight(rowCount: number) {
  return TIMELINE_MARGIN.top + rowCount * ROW_HEIGHT + AXIS_HEIGHT + TIMELINE_MARGIN.bottom;
}

interface MarksProps {
  rows: readonly TimelineRow[];
  t: TFunction<'timeline'>;
  describe: (item: TimelineItem) => string;
}

type MarkLook = Pick<TimelineItem, 'known' | 'forecast' | 'overdue' | 'shape' | 'certainty'>;

/** How a mark is filled and outlined: the legend draws its swatches with the same function. */
export function markStyle(item: MarkLook, hatchId = HATCH_ID) {
  const colour = item.known ? 'var(--color-accent)' : 'var(--color-muted)';
  if (item.forecast && item.overdue)
    return { fill: 'var(--color-surface)', stroke: 'var(--color-danger)', strokeDasharray: '1 3' };
  if (item.forecast) return { fill: 'var(--color-surface)', stroke: colour, strokeDasharray: '1 3' };
  if (item.shape === 'point') return { fill: colour, stroke: colour, strokeDasharray: undefined };
  if (item.certainty === 'contested')
    return { fill: 'var(--color-surface)', stroke: colour, strokeDasharray: '4 3' };
  if (item.certainty === 'inferred')
    return { fill: `url(#${hatchId})`, stroke: colour, strokeDasharray: undefined };
  return { fill: colour, stroke: colour, strokeDasharray: undefined };
}

/** The diagonal hatching of an inferred date, for the chart's and the legend's <defs>. */
export function HatchPattern({ id }: { id: string }) {
  return (
    <pattern id={id} width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect width="5" height="5" style={{ fill: 'var(--color-surface)' }} />
      <line x1="0" y1="0" x2="0" y2="5" style={{ stroke: 'var(--color-accent)', strokeWidth: 2.2 }} />
    </pattern>
  );
}

type XScale = ChartXScale;
type PlotArea = ChartPlotArea;

interface MarkProps {
  item: TimelineItem;
  cy: number;
  x: XScale;
  plot: PlotArea;
  describe: (item: TimelineItem) => string;
}

function TimelineMark({ item, cy, x, plot, describe }: MarkProps) {
  const lang = useLang();
  const plotRight = plot.x + plot.width;
  const x0 = x(item.startMs) ?? plot.x;
  const x1 = Math.max(x(spanEndMs(item)) ?? x0, x0 + MIN_BAR_WIDTH);
  const style = markStyle(item);
  const horizonX = item.horizon ? x(item.horizon.endMs) : undefined;
  const markRight = horizonX ?? (item.shape === 'point' ? x0 + 5 : x1);
  const markLeft = item.shape === 'point' ? x0 - 5 : x0;
  const { side, text: shown } = placeLabel(item.label[lang], {
    right: plotRight - markRight - LABEL_GAP,
    left: markLeft - LABEL_GAP - plot.x,
  });
  const { markProps } = useLinkedItem(targetOf(item));
  return (
    <g
      className={`${linkClasses('timeline-item', item)}${item.overdue ? ' is-overdue' : ''}`}
      {...markProps}
      aria-label={describe(item)}
      data-event-id={item.id}
      data-state={linkState(item)}
    >
      <rect
        className="timeline-hit linked-hit"
        x={plot.x}
        y={cy - ROW_HEIGHT / 2}
        width={plot.width}
        height={ROW_HEIGHT}
      />
      {horizonX !== undefined && (
        <g className="timeline-horizon" aria-hidden="true">
          <line x1={item.shape === 'point' ? x0 + 5 : x1} x2={horizonX} y1={cy} y2={cy} />
          <line x1={horizonX} x2={horizonX} y1={cy - 5} y2={cy + 5} />
        </g>
      )}
      {item.shape === 'point' ? (
        <circle className="timeline-mark linked-shape" cx={x0} cy={cy} r={5} style={style} />
      ) : (
        <rect
          className="timeline-mark linked-shape"
          x={x0}
          y={cy - BAR_HEIGHT / 2}
          width={x1 - x0}
          height={BAR_HEIGHT}
          rx={2}
          style={style}
        />
      )}
      <text
        className="timeline-label linked-label"
        x={side === 'right' ? markRight + LABEL_GAP : markLeft - LABEL_GAP}
        y={cy + 4}
        textAnchor={side === 'right' ? 'start' : 'end'}
      >
        {shown !== item.label[lang] && <title>{item.label[lang]}</title>}
        {shown}
      </text>
    </g>
  );
}

export function TimelineMarks({ rows, t, describe }: MarksProps) {
  const scales = useChartScales();
  if (!scales) return null;
  const { x, y, plot, plotRight } = scales;

  return (
    <g className="timeline-marks">
      {rows.map((row) => {
        const cy = y(row.key);
        if (cy === undefined) return null;
        if (row.kind === 'lane') {
          return (
            <g key={row.key} className="timeline-lane chart-band-heading" aria-hidden="true">
              {!row.first && (
                <line x1={plot.x} x2={plotRight} y1={cy - ROW_HEIGHT / 2} y2={cy - ROW_HEIGHT / 2} />
              )}
              <text x={plot.x} y={cy + 4}>
                {t(`lanes.${row.lane}`)}
              </text>
            </g>
          );
        }
        return <TimelineMark key={row.key} item={row.item} cy={cy} x={x} plot={plot} describe={describe} />;
      })}
    </g>
  );
}

/** Vertical 'today' and cursor lines, the cursor running down to the slider's thumb. */
export function TimelineRules({
  todayMs,
  cursorMs,
  todayLabel,
}: {
  todayMs: number | null;
  cursorMs: number | null;
  todayLabel: string;
}) {
  const scales = useChartScales();
  if (!scales) return null;
  const { x, plot } = scales;
  const bottom = plot.y + plot.height;
  const todayX = todayMs === null ? undefined : x(todayMs);
  const cursorX = cursorMs === null ? undefined : x(cursorMs);
  return (
    <g className="timeline-rules" aria-hidden="true">
      {todayX !== undefined && (
        <g className="timeline-today">
          <line x1={todayX} x2={todayX} y1={plot.y - 16} y2={bottom} />
          <text x={todayX + 4} y={plot.y - 6}>
            {todayLabel}
          </text>
        </g>
      )}
      {cursorX !== undefined && (
        <line
          className="timeline-cursor"
          x1={cursorX}
          x2={cursorX}
          y1={plot.y - 4}
          y2={bottom + AXIS_HEIGHT}
        />
      )}
    </g>
  );
}
