/** "Show as table": the timeline's rows as a real table, in the chart's order, each event selectable. */
import type { TFunction } from 'i18next';
import { useAtlasModel } from '../../dataset/model-context';
import { formatDateValue } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { targetOf } from './timeline-layout';
import type { TimelineModel } from './timeline-model';
import { ChartTable } from '../../components/chart-table';

interface TimelineTableProps {
  timeline: TimelineModel;
  t: TFunction<'timeline'>;
  summary: string;
  onSelect: (id: string) => void;
}

export function TimelineTable({ timeline: model, t, summary, onSelect }: TimelineTableProps) {
  const lang = useLang();
  const events = useAtlasModel().eventsById;
  const hasCursor = model.cursor !== null;
  return (
    <ChartTable caption={t('table.caption')} summary={summary}>
      <thead>
        <tr>
          <th scope="col">{t('table.event')}</th>
          <th scope="col">{t('table.lane')}</th>
          <th scope="col">{t('table.date')}</th>
          <th scope="col">{t('table.certainty')}</th>
          {hasCursor && <th scope="col">{t('table.atCursor')}</th>}
        </tr>
      </thead>
      <tbody>
        {model.lanes.flatMap((lane) =>
          lane.items.map((item) => {
            const event = events.get(item.id);
            return (
              <tr key={item.id} className={item.selected || item.highlighted ? 'is-highlighted' : undefined}>
                <th scope="row">
                  <button type="button" className="link-button" onClick={() => onSelect(targetOf(item))}>
                    {item.label[lang]}
                  </button>
                </th>
                <td>{t(`lanes.${lane.lane}`)}</td>
                <td className="num">{event ? formatDateValue(event.date, lang) : ''}</td>
                <td>
                  {t(`certainty.${item.certainty}`)}
                  {item.note && item.certainty !== 'stated' && (
                    <span className="chart-table-note">{item.note[lang]}</span>
                  )}
                </td>
                {hasCursor && <td>{item.known ? t('table.started') : t('table.notYet')}</td>}
              </tr>
            );
          }),
        )}
      </tbody>
    </ChartTable>
  );
}
