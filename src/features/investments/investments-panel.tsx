/**
 * Investments: every money figure as a horizontal bar (exact, range, open lower bound),
 * grouped by country or investor, linear or log, never adding pledges whose overlap the articles leave open, a summary
 * sentence and a table alternative. Selecting or hovering anywhere highlights the same figures.
 */
import { lazy, useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartPanel } from '../../components/chart-panel-header';
import { useTableToggle } from '../../components/use-table-toggle';
import { formatDateWithCertainty, formatQuantity } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { useAtlasStore } from '../../store/store-context';
import { DeferredChart } from '../../components/deferred-chart';
import { useBoxSize } from '../../components/use-box-size';
import { InvestmentsFigure } from './investments-figure';
import type { InvestmentRow, InvestmentsGroupBy, InvestmentsScale } from './investments-model';
import { InvestmentsTable } from './investments-table';
import { allRows, investmentsSummary } from './investments-text';
import { InvestmentsNotAdded } from './investments-not-added';
import { useInvestmentsModel } from './use-investments-model';
import './investments.css';
import { landmark } from '../../components/export-landmarks';

// Recharts is fetched once the atlas is ready; the baked figure stands in until then.
const InvestmentsChart = lazy(() => import('./investments-chart'));

export interface InvestmentsPanelProps {
  /** Draw at a fixed width (tests in jsdom); the panel's width otherwise. */
  chartWidth?: number;
  /** Draw the chart beside the table when the table is shown (the page without JavaScript). */
  chartToo?: boolean;
}

interface ChoiceProps<V extends string> {
  legend: string;
  value: V;
  options: readonly { value: V; label: string }[];
  onChange: (value: V) => void;
}

function Choice<V extends string>({ legend, value, options, onChange }: ChoiceProps<V>) {
  return (
    <fieldset className="chart-choice">
      <legend>{legend}</legend>
      {options.map((option) => (
        <button
          key={option.value}
          type="button"
          aria-pressed={option.value === value}
          onClick={() => onChange(option.value)}
        >
          {option.label}
        </button>
      ))}
    </fieldset>
  );
}

export function InvestmentsPanel({ chartWidth, chartToo = false }: InvestmentsPanelProps) {
  const { t } = useTranslation('investments');
  const lang = useLang();
  // In the store, hence in the URL: a reload or a shared link keeps what the reader sees.
  const groupBy: InvestmentsGroupBy = useAtlasStore((s) => s.group);
  const scale: InvestmentsScale = useAtlasStore((s) => s.scale);
  const table = useTableToggle('investments');
  const { asTable } = table;
  const setGroupBy = useAtlasStore((s) => s.setGroup);
  const setScale = useAtlasStore((s) => s.setScale);
  const figures = useInvestmentsModel(groupBy, scale);
  const select = useAtlasStore((s) => s.select);
  const rows = useMemo(() => new Map(allRows(figures).map((row) => [row.id, row])), [figures]);
  const summary = useMemo(() => investmentsSummary(figures, lang, t), [figures, lang, t]);

  const describe = useCallback(
    (row: InvestmentRow) => {
      const text = t('row.describe', {
        label: row.label[lang],
        amount: formatQuantity(row.amount, lang),
        date: formatDateWithCertainty(row.announced, lang),
      });
      return row.known ? text : `${text}; ${t('row.unknown')}`;
    },
    [lang, t],
  );
  const onSelect = useCallback((id: string) => select(id), [select]);
  // The baked figure and the live chart draw the same rows the same way.
  const drawn = { figures, scale, groupBy, t, describe };
  const { ref: boxRef, width: boxWidth } = useBoxSize();
  // The baked figure is drawn at the box's own width once it is measured (0 before that).
  const figureWidth = chartWidth ?? (boxWidth || undefined);

  return (
    <ChartPanel
      name="investments"
      title={t('title')}
      tableLabel={t('table.show')}
      summary={summary}
      {...table}
    >
      <div className="chart-controls">
        <Choice
          legend={t('controls.groupBy')}
          value={groupBy}
          onChange={setGroupBy}
          options={[
            { value: 'country', label: t('controls.country') },
            { value: 'investor', label: t('controls.investor') },
          ]}
        />
        <Choice
          legend={t('controls.scale')}
          value={scale}
          onChange={setScale}
          options={[
            { value: 'linear', label: t('controls.linear') },
            { value: 'log', label: t('controls.log') },
          ]}
        />
      </div>
      {(!asTable || chartToo) && (
        <div
          ref={boxRef}
          role="group"
          aria-label={t('chartLabel', {
            groupBy: t(`controls.${groupBy}`).toLowerCase(),
            scale: t(`controls.${scale}`).toLowerCase(),
          })}
        >
          <DeferredChart figure={<InvestmentsFigure {...drawn} width={figureWidth} />}>
            <InvestmentsChart {...drawn} width={chartWidth} />
          </DeferredChart>
        </div>
      )}
      {asTable && (
        <InvestmentsTable figures={figures} rows={rows} t={t} summary={summary} onSelect={onSelect} />
      )}
      <InvestmentsNotAdded t={t} />
      <p className="chart-note" {...landmark('chart-note')}>
        {t('note')}
      </p>
    </ChartPanel>
  );
}
