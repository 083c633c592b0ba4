/** About: every correction of the dataset (the article's claim, the external correction, its references), then the changelog. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/data-table';
import { allCorrections, correctedArticle } from '../../dataset/corrections';
import { useAtlasModel } from '../../dataset/model-context';
import { formatIsoDate } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { safeHref } from '../../lib/safe-href';
import { recordNames } from './about-model';
import { RecordTarget } from './record-target';

export function CorrectionsList({ onSelect }: { onSelect: () => void }) {
  const { t } = useTranslation('corrections');
  const lang = useLang();
  const model = useAtlasModel();
  const names = useMemo(() => recordNames(model), [model]);
  const corrections = allCorrections(model);
  if (corrections.length === 0) return null;
  return (
    <section aria-labelledby="about-corrections">
      <h3 id="about-corrections">{t('about.title')}</h3>
      <p>{t('about.intro')}</p>
      <DataTable
        caption={t('about.caption')}
        columns={[t('about.record'), t('about.claim'), t('about.corrected'), t('about.references')]}
        className="corrections-table"
      >
        {corrections.map((note) => {
          const article = correctedArticle(note, model.sourcesById);
          const target = note.about.find((id) => names.get(id)?.selectable);
          return (
            <tr key={note.id} data-correction={note.id}>
              <th scope="row">
                {target !== undefined ? (
                  <RecordTarget id={target} record={names.get(target)} onSelect={onSelect} />
                ) : (
                  <code>{note.id}</code>
                )}
              </th>
              <td data-label={t('about.claim')}>
                {article && <>{t('article', { number: article.number })} </>}
                {note.correction.claim[lang]}
              </td>
              <td data-label={t('about.corrected')}>
                <span className="correction-external">{t('external')}</span> {note.correction.corrected[lang]}
              </td>
              <td data-label={t('about.references')}>
                <ul className="about-targets">
                  {note.external.map((ref) => {
                    const href = safeHref(ref.url);
                    return (
                      <li key={ref.url}>
                        {href ? (
                          <a href={href} rel="noopener noreferrer external" target="_blank">
                            {ref.title}
                          </a>
                        ) : (
                          ref.title
                        )}{' '}
                        — {ref.publisher}
                      </li>
                    );
                  })}
                </ul>
              </td>
            </tr>
          );
        })}
      </DataTable>
    </section>
  );
}

export function ChangelogList() {
  const { t } = useTranslation('corrections');
  const lang = useLang();
  const { atlas } = useAtlasModel();
  if (atlas.changelog.length === 0) return null;
  return (
    <section aria-labelledby="about-changelog">
      <h3 id="about-changelog">{t('changelog.title')}</h3>
      {atlas.changelog.map((entry) => (
        <div key={entry.version} className="changelog-entry">
          <h4>{t('changelog.version', { version: entry.version, date: formatIsoDate(entry.date, lang) })}</h4>
          <ul>
            {entry.changes.map((change, index) => (
              <li key={index}>{change[lang]}</li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
