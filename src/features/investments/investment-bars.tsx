/**
 * The money figures, drawn with the chart's x scale: a bar from the axis base for an exact amount,
 * a floating bar for a range, a bar that fades on and ends in an arrow for an open lower bound
 * ('plusieurs milliards', labelled '≥'), grey for an amount whose currency the article omits.
 * A figure dated after the cursor keeps its row, drawn as an outline. Each row is a button.
 */
import { usePlotArea, useXAxisScale, useYAxisScale } from 'recharts';
import type { TFunction } from 'i18next';
import { onActivateKey } from '../../components/activate-on-key';
import { formatQuantity } from '../../i18n/format';
import type { Lang } from '../../i18n/languages';
import { groupName, type InvestmentsChartRow } from './investments-layout';
import { OPEN_HEADROOM, type InvestmentRow, type InvestmentsGroupBy } from './investments-model';

export const INV_ROW_HEIGHT = 40;
const BAR_HEIGHT = 12;
const INDENT = 14;
export const FADE_ID = 'investments-open-fade';
export const FADE_MUTED_ID = 'investments-open-fade-muted';

interface BarsProps {
  rows: readonly InvestmentsChartRow[];
  lang: Lang;
  groupBy: InvestmentsGroupBy;
  t: TFunction<'investments'>;
  describe: (row: InvestmentRow) => string;
  onSelect: (id: string) => void;
  onHover: (id: string | null) => void;
}

const textWidth = (text: string) => Math.ceil(text.length * 12 * 0.56);

function truncateTo(text: string, px: number) {
  const max = Math.max(8, Math.floor(px / (12 * 0.56)));
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

export function InvestmentBars({ rows, lang, groupBy, t, describe, onSelect, onHover }: BarsProps) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  const plot = usePlotArea();
  if (!x || !y || !plot) return null;
  const plotRight = plot.x + plot.width;

  return (
    <g className="investment-rows">
      {rows.map((entry) => {
        const cy = y(entry.key);
        if (cy === undefined) return null;
        const top = cy - INV_ROW_HEIGHT / 2;
        if (entry.kind === 'group') {
          return (
            <g key={entry.key} className="investment-group" aria-hidden="true">
              {!entry.first && <line x1={plot.x} x2={plotRight} y1={top + 4} y2={top + 4} />}
              <text x={plot.x} y={cy + 8}>
                {entry.group.name?.[lang] ?? groupName(entry.group.key, groupBy, lang)}
              </text>
            </g>
          );
        }
        const { row } = entry;
        const indent = row.depth * INDENT;
        const colour = !row.currencyStated ? 'var(--color-muted)' : 'var(--color-accent)';
        const barTop = cy - 1;
        const start = row.barStart === null ? null : (x(row.barStart) ?? plot.x);
        const end = row.barEnd === null ? null : (x(row.barEnd) ?? plot.x);
        const tip = row.continues && row.low !== null ? (x(row.low * OPEN_HEADROOM) ?? end) : end;
        const amount = formatQuantity(row.amount, lang);
        const amountWidth = textWidth(amount);
        const outsideX = (tip ?? plot.x) + 6;
        const inside =
          outsideX + amountWidth > plotRight &&
          start !== null &&
          end !== null &&
          end - start > amountWidth + 12;
        const labelText = `${row.depth > 0 ? `${t('ofWhich')} ` : ''}${row.label[lang]}`;
        const classes = ['investment-row'];
        if (!row.known) classes.push('is-unknown');
        if (row.dimmed) classes.push('is-dimmed');
        if (row.highlighted) classes.push('is-highlighted');
        if (row.selected) classes.push('is-selected');
        if (!row.currencyStated) classes.push('is-unstated');
        const activate = () => onSelect(row.id);
        const fill = row.known ? colour : 'var(--color-surface)';
        return (
          <g
            key={entry.key}
            className={classes.join(' ')}
            role="button"
            tabIndex={0}
            aria-label={describe(row)}
            data-investment-id={row.id}
            data-state={
              row.selected ? 'selected' : row.highlighted ? 'highlighted' : row.dimmed ? 'dimmed' : undefined
            }
            onClick={activate}
            onKeyDown={onActivateKey(activate)}
            onMouseEnter={() => onHover(row.id)}
            onMouseLeave={() => onHover(null)}
            onFocus={() => onHover(row.id)}
            onBlur={() => onHover(null)}
          >
            <rect
              className="investment-hit"
              x={plot.x - 4}
              y={top}
              width={plot.width + 8}
              height={INV_ROW_HEIGHT}
              rx={4}
            />
            <text className="investment-label" x={plot.x + indent} y={cy - 7}>
              {truncateTo(labelText, plot.width - indent)}
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
            {start !== null && end !== null && (
              <>
                {row.continues && tip !== null && tip > end && (
                  <>
                    <rect
                      className="investment-continues"
                      x={end}
                      y={barTop}
                      width={tip - end}
                      height={BAR_HEIGHT}
                      style={{ fill: `url(#${row.currencyStated ? FADE_ID : FADE_MUTED_ID})` }}
                    />
                    <path
                      className="investment-arrow"
                      d={`M${tip - 7} ${barTop - 3} L${tip} ${barTop + BAR_HEIGHT / 2} L${tip - 7} ${barTop + BAR_HEIGHT + 3}`}
                      style={{ stroke: colour }}
                    />
                  </>
                )}
                <rect
                  className={`investment-bar investment-${row.kind}`}
                  x={Math.min(start, end)}
                  y={barTop}
                  width={Math.max(Math.abs(end - start), 2)}
                  height={BAR_HEIGHT}
                  rx={row.kind === 'range' ? BAR_HEIGHT / 2 : 1.5}
                  style={{ fill, stroke: colour, fillOpacity: row.kind === 'range' ? 0.45 : 1 }}
                />
              </>
            )}
            <text
              className="investment-amount"
              x={inside ? (end ?? plot.x) - 6 : start === null ? plot.x + indent : outsideX}
              y={barTop + BAR_HEIGHT - 2}
              textAnchor={inside ? 'end' : 'start'}
              data-inside={inside || undefined}
            >
              {amount}
            </text>
          </g>
        );
      })}
    </g>
  );
}
