import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { recordName } from '../../dataset/model';
import { useAtlasModel } from '../../dataset/model-context';
import { useLang } from '../../i18n/use-lang';
import { useAtlasStore } from '../../store/store-context';
import { siteStatusAsOf } from '../../dataset/site-status';
import { StatusBadge } from '../../components/status-badge';
import { CitationList } from './citation-list';
import { DetailsEmpty } from './details-empty';
import { notesAbout, resolveRecord } from './details-model';
import { EventDetails, FactDetails } from './event-details';
import { InvestmentDetails } from './investment-details';
import { NotesList } from './notes-list';
import { RelatedFacts } from './related-facts';
import { SiteDetails } from './site-details';
import { landmark } from '../../components/export-landmarks';
import { prefersReducedMotion } from '../../lib/media';
import { revealInScroller } from '../../lib/reveal-in-scroller';

/** The selected site, pledge, event or fact: every fact with its quotes, caveats beside it. */
export function DetailsPanel() {
  const { t } = useTranslation('details');
  const model = useAtlasModel();
  const lang = useLang();
  const selectedId = useAtlasStore((s) => s.selectedId);
  const asOf = useAtlasStore((s) => s.asOf);
  const select = useAtlasStore((s) => s.select);
  const record = resolveRecord(model, selectedId);
  const header = useRef<HTMLElement>(null);
  const shownId = record?.id;
  // A selection made on the map or in the list opens its details below the list, often out of
  // view in the side column: bring them in, without moving focus away from what was clicked.
  useEffect(() => {
    if (shownId !== undefined && header.current)
      revealInScroller(header.current, { smooth: !prefersReducedMotion() });
  }, [shownId]);

  if (!record) return <DetailsEmpty />;

  const { id } = record;
  const status = record.kind === 'site' ? siteStatusAsOf(record.site, asOf) : null;
  return (
    <section className="panel details-panel" aria-labelledby="details-title">
      <header ref={header} className="details-header" {...landmark('headline')}>
        <p className="details-kind" {...landmark('headline-kind')}>
          {t(`panel.kind.${record.kind}`)}
        </p>
        <h2 id="details-title" {...landmark('headline-title')}>
          {recordName(record, lang)}
        </h2>
        {status && <StatusBadge status={status} />}
      </header>
      {record.kind === 'site' && (
        <div className="details-summary" {...landmark('headline-summary')}>
          <p>{record.site.summary[lang]}</p>
          <CitationList
            fact={record.site.name[lang]}
            citations={record.site.citations}
            external={record.site.external}
            english={record.site.summary.en}
          />
        </div>
      )}
      {record.kind !== 'site' && <NotesList notes={notesAbout(model, id)} />}
      {record.kind === 'site' && <SiteDetails site={record.site} />}
      {/* A site's headline figures first, its notes and caveats right after. */}
      {record.kind === 'site' && <NotesList notes={notesAbout(model, id)} />}
      {record.kind === 'investment' && <InvestmentDetails investment={record.investment} />}
      {record.kind === 'event' && <EventDetails event={record.event} />}
      {record.kind === 'fact' && <FactDetails fact={record.fact} />}
      <RelatedFacts id={id} />
      <button type="button" className="link-button" onClick={() => select(null)}>
        {t('panel.clear')}
      </button>
    </section>
  );
}
