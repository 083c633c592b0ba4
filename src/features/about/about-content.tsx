import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/data-table';
import { useAtlasModel } from '../../dataset/model-context';
import { useLang } from '../../i18n/use-lang';
import { formatDateValue, formatIsoDate } from '../../i18n/format';
import { articleNumber, recordNames } from './about-model';
import { RecordTarget } from './record-target';
import { ChangelogList, CorrectionsList } from './corrections-list';
import { SourcePolicy } from './source-policy';
import { CiteDataset, SpreadsheetLinks } from '../../components/newsroom-links';

/** Coverage, method, rules, sources, every note, licence and citation: the atlas's colophon. */
export function AboutContent({ onSelect }: { onSelect: () => void }) {
  const { t } = useTranslation('details');
  const { t: tn } = useTranslation('newsroom');
  const lang = useLang();
  const model = useAtlasModel();
  const { atlas } = model;
  const names = useMemo(() => recordNames(model), [model]);
  const version = { version: atlas.version, date: formatIsoDate(atlas.updated, lang) };
  return (
    <>
      <section aria-labelledby="about-coverage">
        <h3 id="about-coverage">{t('about.coverage.title')}</h3>
        <p>{t('about.coverage.covers')}</p>
        <p>{t('about.coverage.doesNot')}</p>
      </section>
      <section aria-labelledby="about-method">
        <h3 id="about-method">{t('about.method.title')}</h3>
        <p>{t('about.method.text')}</p>
      </section>
      <section aria-labelledby="about-vague">
        <h3 id="about-vague">{t('about.vague.title')}</h3>
        <p>{t('about.vague.text')}</p>
      </section>
      <section aria-labelledby="about-dates">
        <h3 id="about-dates">{t('about.dates.title')}</h3>
        <p>{t('about.dates.text')}</p>
      </section>

      <section aria-labelledby="about-sources">
        <h3 id="about-sources">{t('about.sources.title')}</h3>
        <DataTable
          caption={t('about.sources.caption')}
          columns={[
            t('about.sources.article'),
            t('about.sources.outlet'),
            t('about.sources.published'),
            t('about.sources.kind'),
            t('about.sources.reliability'),
          ]}
        >
          {atlas.sources.map((source) => (
            <tr key={source.id}>
              <th scope="row">
                <span className="article-number">{articleNumber(source.file)}</span>{' '}
                <cite lang="fr">{source.title}</cite>
              </th>
              <td data-label={t('about.sources.outlet')}>{source.outlet ?? t('citations.outletUnknown')}</td>
              <td data-label={t('about.sources.published')}>
                {formatDateValue(source.published, lang)}
                {source.published.certainty !== 'stated' && (
                  <span className="about-certainty"> ({t(`certainty.${source.published.certainty}`)})</span>
                )}
              </td>
              <td data-label={t('about.sources.kind')}>{t(`citations.sourceKind.${source.kind}`)}</td>
              <td data-label={t('about.sources.reliability')}>{source.reliability[lang]}</td>
            </tr>
          ))}
        </DataTable>
      </section>

      <SourcePolicy />

      <section aria-labelledby="about-notes">
        <h3 id="about-notes">{t('about.notes.title')}</h3>
        <DataTable
          caption={t('about.notes.caption')}
          columns={[t('about.notes.kind'), t('about.notes.text'), t('about.notes.about')]}
        >
          {atlas.notes.map((note) => (
            <tr key={note.id}>
              <th scope="row">{t(`notes.kind.${note.kind}`)}</th>
              <td data-label={t('about.notes.text')}>{note.text[lang]}</td>
              <td data-label={t('about.notes.about')}>
                <ul className="about-targets">
                  {note.about.map((id) => (
                    <li key={id}>
                      <RecordTarget record={names.get(id)} id={id} onSelect={onSelect} />
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </DataTable>
      </section>

      <CorrectionsList onSelect={onSelect} />
      <ChangelogList />

      <section aria-labelledby="about-licence">
        <h3 id="about-licence">{t('about.licence.title')}</h3>
        <p>{t('about.licence.text')}</p>
      </section>
      <section aria-labelledby="about-cite">
        <h3 id="about-cite">{t('about.cite.title')}</h3>
        <p className="about-cite">{t('about.cite.text', version)}</p>
        <CiteDataset />
      </section>
      <section aria-labelledby="about-desk">
        <h3 id="about-desk">{tn('desk.title')}</h3>
        <SpreadsheetLinks />
      </section>
    </>
  );
}
