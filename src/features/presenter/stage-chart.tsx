/**
 * The step's chart on the projector: the money figures or the dated events the atlas knew at the
 * step's date (the handout's model), as large HTML text that fits its box. No scrolling: as many
 * rows as fit are shown, the cited ones first, and the rest are counted ("+ 4 more").
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAtlasModel } from '../../dataset/model-context';
import { AT_LEAST, formatDateValue, formatIsoDate } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { useBoxSize } from '../../components/use-box-size';
import { eventRows, moneyRows } from './handout-chart-model';
import { stepChart, stepUrlState, type StoryStep } from './story/story-schema';

/** Rows that fit a box `height` px tall, at `rowPx` each ("+ N more" sits below the box). */
export function rowsThatFit(height: number, rowPx: number, total: number): number {
  if (height <= 0 || rowPx <= 0) return Math.min(total, 3);
  const fit = Math.max(1, Math.floor(height / rowPx));
  return Math.min(fit, total);
}

/** Cited rows first (in their order), then the others, keeping the model's order within each. */
export function citedFirst<T extends { cited: boolean }>(rows: readonly T[]): T[] {
  return [...rows.filter((r) => r.cited), ...rows.filter((r) => !r.cited)];
}

export function StageChart({ step }: { step: StoryStep }) {
  const { t } = useTranslation('presenter');
  const { t: ts } = useTranslation('stories');
  const lang = useLang();
  const model = useAtlasModel();
  const { date } = stepUrlState(step);
  const chart = stepChart(step);
  const { ref, height } = useBoxSize();
  const heading = t('handoutChart', {
    chart: t(`chart.${chart}`),
    date: date ? formatIsoDate(date, lang) : t('today'),
  });
  // Row heights in px at the stage's type size (see .stage-chart in presenter.css).
  const rowPx = chart === 'investments' ? 64 : 36;

  let body: ReactNode;
  let hidden = 0;
  if (chart === 'investments') {
    const rows = citedFirst(moneyRows(model, date, step.cites));
    const shown = rows.slice(0, rowsThatFit(height, rowPx, rows.length));
    hidden = rows.length - shown.length;
    body = shown.map((row) => (
      <li key={row.id} className={row.cited ? 'stage-money is-cited' : 'stage-money'}>
        <span className="stage-money-label">{row.label[lang]}</span>
        <span className="stage-money-line">
          <span className="stage-bar" style={{ width: `${Math.max(1, row.share * 100)}%` }} />
          <span className="stage-money-value">
            {row.open ? AT_LEAST : ''}
            {row.text}
            {row.unit === 'XXX' ? ` (${t('noCurrency')})` : ''}
          </span>
        </span>
      </li>
    ));
  } else {
    // The latest events known at the step's date, cited ones first: what the step talks about.
    const rows = citedFirst(eventRows(model, date, step.cites).reverse());
    const shown = rows.slice(0, rowsThatFit(height, rowPx, rows.length));
    hidden = rows.length - shown.length;
    body = shown.map((row) => (
      <li key={row.id} className={row.cited ? 'stage-event is-cited' : 'stage-event'}>
        <span className="stage-event-date">{formatDateValue(row.date, lang)}</span>{' '}
        <span>{row.title[lang]}</span>
      </li>
    ));
  }

  return (
    <figure className="stage-chart" aria-labelledby="stage-chart-title">
      <figcaption id="stage-chart-title">{heading}</figcaption>
      <div ref={ref} className="stage-chart-box">
        <ul>{body}</ul>
      </div>
      {hidden > 0 && <p className="stage-chart-more">{ts('more', { count: hidden })}</p>}
    </figure>
  );
}
