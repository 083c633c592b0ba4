import { useTranslation } from 'react-i18next';
import type { AtlasModel } from '../../dataset/model';
import type { Lang } from '../../i18n/languages';
import { useAtlasStore } from '../../store/store-context';
import { siteStatusAsOf } from '../../dataset/site-status';
import { StatusBadge } from '../../components/status-badge';
import { CitationList } from './citation-list';
import { notesAbout, resolveRecord, type SelectedRecord } from './details-model';
import { EventDetails, FactDetails } from './event-details';
import { InvestmentDetails } from './investment-details';
import { NotesList } from './notes-list';
import { RelatedFacts } from './related-facts';
import { SiteDetails } from './site-details';
import './details-panel.css';

function titleOf(record: SelectedRecord, lang: Lang): string {
  switch (record.kind) {
    case 'site':
      return record.site.name[lang];
    case 'investment':
      return record.investment.label[lang];
    case 'event':
      return record.event.title[lang];
    case 'fact':
      return record.fact.label[lang];
  }
}

/** The selected site, pledge, event or fact: every fact with its quotes, caveats beside it. */
export function DetailsPanel({ model, lang }: { model: AtlasModel; lang: Lang }) {
  const { t } = useTranslation('details');
  const selectedId = useAtlasStore((s) => s.selectedId);
  const asOf = useAtlasStore((s) => s.asOf);
  const select = useAtlasStore((s) => s.select);
  const record = resolveRecord(model, selectedId);

  if (!record) {
    return (
      <section className="panel details-panel" aria-labelledby="details-title">
        <h2 id="details-title">{t('panel.title')}</h2>
        <p className="placeholder">{t('panel.empty')}</p>
      </section>
    );
  }

  const { id } = record;
  const status = record.kind === 'site' ? siteStatusAsOf(record.site, asOf) : null;
  return (
    <section className="panel details-panel" aria-labelledby="details-title">
      <header className="details-header">
        <p className="details-kind">{t(`panel.kind.${record.kind}`)}</p>
        <h2 id="details-title">{titleOf(record, lang)}</h2>
        {status && <StatusBadge status={status} />}
      </header>
      {record.kind === 'site' && (
        <div className="details-summary">
          <p>{record.site.summary[lang]}</p>
          <CitationList
            fact={record.site.name[lang]}
            citations={record.site.citations}
            external={record.site.external}
            sourcesById={model.sourcesById}
            lang={lang}
            english={record.site.summary.en}
          />
        </div>
      )}
      <NotesList notes={notesAbout(model, id)} sourcesById={model.sourcesById} lang={lang} />
      {record.kind === 'site' && <SiteDetails model={model} site={record.site} lang={lang} />}
      {record.kind === 'investment' && (
        <InvestmentDetails model={model} investment={record.investment} lang={lang} />
      )}
      {record.kind === 'event' && <EventDetails model={model} event={record.event} lang={lang} />}
      {record.kind === 'fact' && <FactDetails model={model} fact={record.fact} lang={lang} />}
      <RelatedFacts model={model} id={id} lang={lang} />
      <button type="button" className="link-button" onClick={() => select(null)}>
        {t('panel.clear')}
      </button>
    </section>
  );
}
