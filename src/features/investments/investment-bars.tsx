/**
 * The money figures, drawn with the chart's x scale: a bar from the axis base for an exact amount,
 * a floating bar for a range, a bar that fades on and ends in an arrow for an open lower bound
 * ('plusieurs milliards', labelled '≥'), grey for an amount whose currency the article omits.
 * A figure dated after the cursor keeps its row, drawn as an outline. Each row is a button.
 */
import { memo } from 'react';
import { useChartScales } from '../../components/chart-scales';
import type { TFunction } from 'i18next';
import { linkClasses, linkState, useLinkedItem } from '../../components/use-linked-item';
import { formatQuantity } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { barGeometry, groupName, type BarScale, type InvestmentsChartRow } from './investments-layout';
import type { InvestmentRow, InvestmentsGroupBy } from './investments-model';

export const INV_ROW_HEIGHT = 40;
const BAR_HEIGHT = 12;
const INDENT = 14;
/** Nesting is drawn up to this depth (the real data nests 1 deep); deeper parts line up with it. */
const MAX_DRAWN_DEPTH = 6;
export const FADE_ID = 'investments-open-fade';
export const FADE_MUTED_ID = 'investments-open-fade-muted';
export const INVESTMENTS_MARGIN = { top: 4, right: 16, bottom: 0, left: 8 } as const;
export const INVESTMENTS_AXIS_HEIGHT = 30;

export const investmentsHeight = (rowCount: number) =>
  INVESTMENTS_MARGIN.top + rowCount * INV_ROW_HEIGHT + INVESTMENTS_AXIS_HEIGHT + INVESTMENTS_MARGIN.bottom;

function Fade({ id, colour }: { id: string; colour: string }) {
  return (
    <linearGradient id={id} x1="0" x2="1" y1="0" y2="0">
      <stop offset="0" style={{ stopColor: colour, stopOpacity: 0.85 }} />
      <stop offset="1" style={{ stopColor: colour, stopOpacity: 0 }} />
    </linearGradient>
  );
}

/** The open-bound fades, for the <defs> of the live chart and of the baked figure. */
export function InvestmentsDefs() {
  return (
    <>
      <Fade id={FADE_ID} colour="var(--color-accent)" />
      <Fade id={FADE_MUTED_ID} colour="var(--color-muted)" />
    </>
  );
}

interface BarsProps {
  rows: readonly InvestmentsChartRow[];
  /** The x axis's kind and domain ('log 1e8,2e11'): with the plot area, all a bar's scale depends on. */
  axis: string;
  groupBy: InvestmentsGroupBy;
  t: TFunction<'investments'>;
  describe: (row: InvestmentRow) => string;
}

/** The colours of a money mark (bar, open-bound fade, arrow), decided in one place from the row. */
export function barStyle(row: Pick<InvestmentRow, 'currencyStated' | 'known' | 'kind'>) {
  const colour = row.currencyStated ? 'var(--color-accent)' : 'var(--color-muted)';
  return {
    colour,
    bar: {
      fill: row.known ? colour : 'var(--color-surface)',
      stroke: colour,
      fillOpacity: row.kind === 'range' ? 0.45 : 1,
    },
    fade: `url(#${row.currencyStated ? FADE_ID : FADE_MUTED_ID})`,
  };
}

export function InvestmentBars({ rows, axis, groupBy, t, describe }: BarsProps) {
  const lang = useLang();
  const scales = useChartScales();
  if (!scales) return null;
  const { x, y, plot, plotRight } = scales;
  // What the bars' geometry depends on: recharts gives a new scale object at each render, the
  // same scale while this holds (the memoised bars compare it, not the object).
  const barScale: KeyedBarScale = {
    x,
    plot,
    key: `${axis} ${plot.x} ${plot.width}`,
  };

  return (
    <g className="investment-rows">
      {rows.map((entry) => {
        const cy = y(entry.key);
        if (cy === undefined) return null;
        const top = cy - INV_ROW_HEIGHT / 2;
        if (entry.kind === 'group') {
          return (
            <g key={entry.key} className="investment-group chart-band-heading" aria-hidden="true">
              {!entry.first && <line x1={plot.x} x2={plotRight} y1={top + 4} y2={top + 4} />}
              <text x={plot.x} y={cy + 8}>
                {entry.group.name?.[lang] ?? groupName(entry.group.key, groupBy, lang)}
              </text>
            </g>
          );
        }
        return (
          <InvestmentBar key={entry.key} row={entry.row} cy={cy} scale={barScale} t={t} describe={describe} />
        );
      })}
    </g>
  );
}

type KeyedBarScale = BarScale & { key: string };

interface BarProps {
  row: InvestmentRow;
  cy: number;
  scale: KeyedBarScale;
  t: TFunction<'investments'>;
  describe: (row: InvestmentRow) => string;
}

// A thousand bars at 10,000 sites; a cursor step redraws only the rows it changed
// (their objects are shared from one model to the next, share-rows.ts).
const sameBar = (a: BarProps, b: BarProps) =>
  a.row === b.row && a.cy === b.cy && a.scale.key === b.scale.key && a.t === b.t && a.describe === b.describe;

const InvestmentBar = memo(function InvestmentBar({ row, cy, scale, t, describe }: BarProps) {
  const lang = useLang();
  const { markProps } = useLinkedItem(row.id);
  const { plot } = scale;
  const top = cy - INV_ROW_HEIGHT / 2;
  const indent = Math.min(row.depth, MAX_DRAWN_DEPTH) * INDENT;
  const barTop = cy - 1;
  const amount = formatQuantity(row.amount, lang);
  const label = `${row.depth > 0 ? `${t('ofWhich')} ` : ''}${row.label[lang]}`;
  const geometry = barGeometry(row, { amount, label, indent }, scale);
  const style = barStyle(row);
  const { bar, arrow } = geometry;
  return (
    <g
      className={`${linkClasses('investment-row', row)}${row.currencyStated ? '' : ' is-unstated'}`}
      {...markProps}
      aria-label={describe(row)}
      data-investment-id={row.id}
      data-state={linkState(row)}
    >
      <rect
        className="investment-hit linked-hit"
        x={plot.x - 4}
        y={top}
        width={plot.width + 8}
        height={INV_ROW_HEIGHT}
        rx={4}
      />
      <text className="investment-label linked-label" x={plot.x + indent} y={cy - 7}>
        {geometry.label !== label && <title>{label}</title>}
        {geometry.label}
      </text>
      {row.depth > 0 && (
        <line
          className="investment-nest"
          x1={plot.x + indent - 8}
          x2={plot.x + indent - 8}
          y1={top - 6}
          y2={barTop + BAR_HEIGHT}
        />
      )}
      {arrow && (
        <>
          <rect
            className="investment-continues"
            x={arrow.from}
            y={barTop}
            width={arrow.tip - arrow.from}
            height={BAR_HEIGHT}
            style={{ fill: style.fade }}
          />
          <path
            className="investment-arrow"
            d={`M${arrow.tip - 7} ${barTop - 3} L${arrow.tip} ${barTop + BAR_HEIGHT / 2} L${arrow.tip - 7} ${barTop + BAR_HEIGHT + 3}`}
            style={{ stroke: style.colour }}
          />
        </>
      )}
      {bar && (
        <rect
          className={`investment-bar linked-shape investment-${row.kind}`}
          x={Math.min(bar.start, bar.end)}
          y={barTop}
          width={Math.max(Math.abs(bar.end - bar.start), 2)}
          height={BAR_HEIGHT}
          rx={row.kind === 'range' ? BAR_HEIGHT / 2 : 1.5}
          style={style.bar}
        />
      )}
      <text
        className="investment-amount"
        x={geometry.amount.x}
        y={barTop + BAR_HEIGHT - 2}
        textAnchor={geometry.amount.anchor}
        data-inside={geometry.amount.inside || undefined}
      >
        {amount}
      </text>
    </g>
  );
}, sameBar);
