import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Citation, ExternalRef } from '../../dataset/schema';
import { useAtlasModel } from '../../dataset/model-context';
import { useLang } from '../../i18n/use-lang';
import { formatDateValue, formatIsoDate } from '../../i18n/format';
import { isWeaklySourced } from '../../dataset/source-strength';
import {
  VISIBLE_CITATIONS,
  citationViews,
  externalViews,
  safeHref,
  splitCitations,
  type CitationView,
  type ExternalView,
} from './citation-view-model';
import './citation-list.css';

interface CitationListProps {
  /** What the quotes support, for the group's accessible name ("Sources: Capacity now"). */
  fact: string;
  citations: readonly Citation[];
  external?: readonly ExternalRef[];
  /** The atlas's English statement of the fact; null when it has none. */
  english: string | null;
  /** Quotes shown before "n more sources" (0 for secondary facts such as notes). */
  visible?: number;
}

/** The quotes behind one fact: the first shown, the rest one click away, then external references. */
export function CitationList({
  fact,
  citations,
  external = [],
  english,
  visible = VISIBLE_CITATIONS,
}: CitationListProps) {
  const { t } = useTranslation('details');
  const { sourcesById } = useAtlasModel();
  const { shown, more } = splitCitations(citationViews(citations, sourcesById), visible);
  const [moreOpen, setMoreOpen] = useState(false);
  const [englishOpen, setEnglishOpen] = useState(false);
  const id = useId();
  const weak = isWeaklySourced({ citations, external }, sourcesById);
  return (
    <div className="citations" role="group" aria-label={t('citations.label', { fact })}>
      {citations.length === 0 && external.length === 0 && (
        <p className="citation-none">{t('citations.none')}</p>
      )}
      {weak && <WeakSourceNote />}
      {shown.length > 0 && <QuoteList items={shown} />}
      {citations.length > 0 && (
        <div className="citation-actions">
          {more.length > 0 && (
            <button
              type="button"
              className="chip-button"
              aria-expanded={moreOpen}
              aria-controls={`${id}-more`}
              onClick={() => setMoreOpen(!moreOpen)}
            >
              {shown.length > 0
                ? t('citations.more', { count: more.length })
                : t('citations.count', { count: more.length })}
            </button>
          )}
          <button
            type="button"
            className="chip-button"
            aria-expanded={englishOpen}
            aria-controls={`${id}-en`}
            onClick={() => setEnglishOpen(!englishOpen)}
          >
            {t('citations.showEnglish')}
          </button>
        </div>
      )}
      {more.length > 0 && (
        <div id={`${id}-more`} hidden={!moreOpen}>
          <QuoteList items={more} />
        </div>
      )}
      {citations.length > 0 && (
        <div id={`${id}-en`} hidden={!englishOpen} className="english-rendering">
          <EnglishRendering english={english} />
        </div>
      )}
      {external.length > 0 && (
        <ul className="external-list">
          {externalViews(external).map((view) => (
            <ExternalItem key={view.key} view={view} />
          ))}
        </ul>
      )}
    </div>
  );
}

/** Said in words and a glyph, never by colour alone: the figure rests only on weak sources. */
function WeakSourceNote() {
  const { t } = useTranslation('provenance');
  return (
    <p className="weak-source">
      <span className="weak-badge">
        <span aria-hidden="true">⚠ </span>
        {t('weak.badge')}
      </span>{' '}
      {t('weak.text')}
    </p>
  );
}

/** One outside page: link, publisher, publisher type, when published and read, its own words. */
function ExternalItem({ view }: { view: ExternalView }) {
  const { t } = useTranslation('details');
  const { t: tp } = useTranslation('provenance');
  const lang = useLang();
  const href = safeHref(view.ref);
  return (
    <li>
      <span className="external-badge">{t('citations.external')}</span> <ExternalLink reference={view.ref} />{' '}
      — {view.ref.publisher}
      <span className="external-meta">
        {view.kind && (
          <>
            {' · '}
            <span className="external-kind" title={tp('kindLabel', { kind: tp(`kind.${view.kind}`) })}>
              {tp(`kind.${view.kind}`)}
            </span>
            {view.weak && (
              <>
                {' '}
                <span className="weak-badge">
                  <span aria-hidden="true">⚠ </span>
                  {tp('weak.badge')}
                </span>
              </>
            )}
          </>
        )}
        {view.published && <> · {tp('published', { date: formatIsoDate(view.published, lang) })}</>}
        {view.accessed && <> · {tp('accessed', { date: formatIsoDate(view.accessed, lang) })}</>}
      </span>
      {view.excerpt && (
        <blockquote className="external-excerpt" cite={href ?? undefined} aria-label={tp('excerpt')}>
          {view.excerpt}
        </blockquote>
      )}
    </li>
  );
}

function QuoteList({ items }: { items: readonly CitationView[] }) {
  const { t } = useTranslation('details');
  const lang = useLang();
  return (
    <ul className="quote-list">
      {items.map((item) => (
        <li key={item.key}>
          <blockquote lang="fr">{item.quote}</blockquote>
          <p className="quote-meta">
            {item.title === null ? (
              t('citations.unknownSource', { id: item.sourceId })
            ) : (
              <>
                <span className="quote-outlet">{item.outlet ?? t('citations.outletUnknown')}</span>
                {' · '}
                <cite lang="fr">{item.title}</cite>
                {item.published && (
                  <> · {t('citations.published', { date: formatDateValue(item.published, lang) })}</>
                )}
                {item.kind && item.kind !== 'news' && <> · {t(`citations.sourceKind.${item.kind}`)}</>}
                {/* The article's file name stays in the data (downloads, About): a reader goes by
                    outlet, title and date. */}
              </>
            )}
          </p>
        </li>
      ))}
    </ul>
  );
}

function ExternalLink({ reference }: { reference: ExternalRef }) {
  const href = safeHref(reference);
  return href ? (
    <a href={href} rel="noopener noreferrer external" target="_blank">
      {reference.title}
    </a>
  ) : (
    <span>{reference.title}</span>
  );
}

/**
 * There is no translation service: "In English" reveals the atlas's own English statement of the
 * fact, labelled as such, or says plainly that the quote exists only in French.
 */
function EnglishRendering({ english }: { english: string | null }) {
  const { t } = useTranslation('details');
  if (!english) return <p className="english-intro">{t('citations.noEnglish')}</p>;
  return (
    <>
      <p className="english-intro">{t('citations.englishIntro')}</p>
      <p lang="en" className="english-text">
        {english}
      </p>
    </>
  );
}
