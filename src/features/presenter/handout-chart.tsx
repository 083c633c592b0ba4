/** The handout's chart picture: a static SVG of the step's money or events (handout-chart-model). */
import { useTranslation } from 'react-i18next';
import { useAtlasModel } from '../../dataset/model-context';
import type { StoryStep } from './story/story-schema';
import { stepChart, stepUrlState } from './story/story-schema';
import { AT_LEAST, formatDateValue, formatIsoDate } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { eventRows, moneyRows } from './handout-chart-model';

const W = 640;

export function HandoutChart({ step }: { step: StoryStep }) {
  const { t } = useTranslation('presenter');
  const lang = useLang();
  const model = useAtlasModel();
  const { date } = stepUrlState(step);
  const chart = stepChart(step);
  const caption = t('handoutChart', {
    chart: t(`chart.${chart}`),
    date: date ? formatIsoDate(date, lang) : t('today'),
  });
  if (chart === 'investments') {
    const rows = moneyRows(model, date, step.cites);
    const h = rows.length * 34 + 8;
    return (
      <figure className="handout-chart">
        <svg viewBox={`0 0 ${W} ${h}`} role="img" aria-label={caption}>
          {rows.map((row, i) => {
            const y = i * 34 + 4;
            const width = Math.max(2, row.share * 300);
            return (
              <g key={row.id} className={row.cited ? 'is-cited' : undefined}>
                <text x={0} y={y + 12} className="handout-chart-label">
                  {row.label[lang]}
                </text>
                <rect x={0} y={y + 17} width={width} height={10} className="handout-bar" />
                {row.open && (
                  <line x1={width} x2={width + 40} y1={y + 22} y2={y + 22} className="handout-open" />
                )}
                <text x={width + (row.open ? 46 : 6)} y={y + 27} className="handout-chart-value">
                  {row.open ? AT_LEAST : ''}
                  {row.text}
                  {row.unit === 'XXX' ? ` (${t('noCurrency')})` : ''}
                </text>
              </g>
            );
          })}
        </svg>
        <figcaption>{caption}</figcaption>
      </figure>
    );
  }
  const rows = eventRows(model, date, step.cites);
  const labelled = rows.filter((r) => r.cited);
  const h = 40 + labelled.length * 18;
  return (
    <figure className="handout-chart">
      <svg viewBox={`0 0 ${W} ${h}`} role="img" aria-label={caption}>
        <line x1={10} x2={W - 10} y1={20} y2={20} className="handout-axis" />
        {rows.map((row) => (
          <circle
            key={row.id}
            cx={10 + row.position * (W - 20)}
            cy={20}
            r={row.cited ? 7 : 4}
            className={row.cited ? 'handout-dot is-cited' : 'handout-dot'}
          />
        ))}
        {labelled.map((row, i) => (
          <text key={row.id} x={10} y={46 + i * 18} className="handout-chart-label">
            ● {formatDateValue(row.date, lang)} — {row.title[lang]}
          </text>
        ))}
      </svg>
      <figcaption>{caption}</figcaption>
    </figure>
  );
}
