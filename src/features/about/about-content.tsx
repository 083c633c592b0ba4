import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useAtlasModel } from '../../dataset/model-context';
import { useLang } from '../../i18n/use-lang';
import { formatDateValue, formatIsoDate } from '../../i18n/format';
import { useAtlasStore } from '../../store/store-context';
import { articleNumber, recordNames, type NamedRecord } from './about-model';
import { ChangelogList, CorrectionsList } from './corrections-list';

/** Coverage, method, rules, sources, every note, licence and citation: the atlas's colophon. */
export function AboutContent({ onSelect }: { onSelect: () => void }) {
  const { t } = useTranslation('details');
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
        <div className="table-scroll">
          <table>
            <caption>{t('about.sources.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('about.sources.article')}</th>
                <th scope="col">{t('about.sources.outlet')}</th>
                <th scope="col">{t('about.sources.published')}</th>
                <th scope="col">{t('about.sources.kind')}</th>
                <th scope="col">{t('about.sources.reliability')}</th>
              </tr>
            </thead>
            <tbody>
              {atlas.sources.map((source) => (
                <tr key={source.id}>
                  <th scope="row">
                    <span className="article-number">{articleNumber(source.file)}</span>{' '}
                    <cite lang="fr">{source.title}</cite>
                  </th>
                  <td>{source.outlet ?? t('citations.outletUnknown')}</td>
                  <td>
                    {formatDateValue(source.published, lang)}
                    {source.published.certainty !== 'stated' && (
                      <span className="about-certainty">
                        {' '}
                        ({t(`certainty.${source.published.certainty}`)})
                      </span>
                    )}
                  </td>
                  <td>{t(`citations.sourceKind.${source.kind}`)}</td>
                  <td>{source.reliability[lang]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="about-notes">
        <h3 id="about-notes">{t('about.notes.title')}</h3>
        <div className="table-scroll">
          <table>
            <caption>{t('about.notes.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('about.notes.kind')}</th>
                <th scope="col">{t('about.notes.text')}</th>
                <th scope="col">{t('about.notes.about')}</th>
              </tr>
            </thead>
            <tbody>
              {atlas.notes.map((note) => (
                <tr key={note.id}>
                  <th scope="row">{t(`notes.kind.${note.kind}`)}</th>
                  <td>{note.text[lang]}</td>
                  <td>
                    <ul className="about-targets">
                      {note.about.map((id) => (
                        <li key={id}>
                          <Target record={names.get(id)} id={id} onSelect={onSelect} />
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
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
      </section>
    </>
  );
}

function Target({
  record,
  id,
  onSelect,
}: {
  record: NamedRecord | undefined;
  id: string;
  onSelect: () => void;
}) {
  const lang = useLang();
  const select = useAtlasStore((s) => s.select);
  if (!record) return <code>{id}</code>;
  if (!record.selectable) return <cite lang="fr">{record.name[lang]}</cite>;
  return (
    <button
      type="button"
      className="about-target"
      onClick={() => {
        select(id);
        onSelect();
      }}
    >
      {record.name[lang]}
    </button>
  );
}
