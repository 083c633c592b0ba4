/** "Show as table": every money figure as a real table, in the chart's order, each selectable. */
import type { TFunction } from 'i18next';
import { formatDateWithCertainty, formatQuantity } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { groupName } from './investments-layout';
import type { InvestmentRow, InvestmentsModel } from './investments-model';
import { ChartTable } from '../../components/chart-table';

interface TableProps {
  figures: InvestmentsModel;
  rows: ReadonlyMap<string, InvestmentRow>;
  t: TFunction<'investments'>;
  summary: string;
  onSelect: (id: string) => void;
}

export function InvestmentsTable({ figures, rows, t, summary, onSelect }: TableProps) {
  const lang = useLang();
  return (
    <ChartTable caption={t('table.caption')} summary={summary}>
      <thead>
        <tr>
          <th scope="col">{t('table.figure')}</th>
          <th scope="col">{t('table.investor')}</th>
          <th scope="col">{t('table.country')}</th>
          <th scope="col" className="num">
            {t('table.amount')}
          </th>
          <th scope="col">{t('table.asWritten')}</th>
          <th scope="col">{t('table.announced')}</th>
          <th scope="col">{t('table.partOf')}</th>
        </tr>
      </thead>
      <tbody>
        {figures.groups.flatMap((group) =>
          group.rows.map((row) => (
            <tr key={row.id} className={row.selected || row.highlighted ? 'is-highlighted' : undefined}>
              <th scope="row">
                <button type="button" className="link-button" onClick={() => onSelect(row.id)}>
                  {row.label[lang]}
                </button>
              </th>
              <td>{row.investor[lang]}</td>
              <td>{groupName(row.country, 'country', lang)}</td>
              <td className="num">{formatQuantity(row.amount, lang)}</td>
              <td lang="fr">{row.text}</td>
              <td>{formatDateWithCertainty(row.announced, lang)}</td>
              <td>
                {row.parentId === undefined ? '' : (rows.get(row.parentId)?.label[lang] ?? row.parentId)}
              </td>
            </tr>
          )),
        )}
      </tbody>
    </ChartTable>
  );
}
