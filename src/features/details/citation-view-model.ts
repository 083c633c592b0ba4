/**
 * A citation as a reader sees it: the French quote plus where it comes from (outlet, article
 * title, publication date, kind). The source may be unknown if the dataset is broken; the quote is
 * still shown, attributed to its raw id, rather than dropped.
 */
import type { Citation, DateValue, ExternalRef, Source } from '../../dataset/schema';
import { isWeakExternal } from '../../dataset/source-strength';

export interface CitationView {
  readonly key: string;
  readonly quote: string;
  readonly sourceId: string;
  /** null when the article names no outlet (several of the five do not). */
  readonly outlet: string | null;
  readonly title: string | null;
  readonly published: DateValue | null;
  readonly kind: Source['kind'] | null;
  /** The article's file name, the one identifier every source has (four of five name no outlet). */
  readonly file: string | null;
}

export function citationViews(
  citations: readonly Citation[],
  sourcesById: ReadonlyMap<string, Source>,
): CitationView[] {
  return citations.map((citation, index) => {
    const source = sourcesById.get(citation.source);
    return {
      key: `${citation.source}-${index}`,
      quote: citation.quote,
      sourceId: citation.source,
      outlet: source?.outlet ?? null,
      title: source?.title ?? null,
      published: source?.published ?? null,
      kind: source?.kind ?? null,
      file: source?.file ?? null,
    };
  });
}

/** An external reference as a reader sees it: the page, who published it, what kind of publisher. */
export interface ExternalView {
  readonly key: string;
  readonly ref: ExternalRef;
  readonly kind: NonNullable<ExternalRef['kind']> | null;
  /** A kind the source policy never lets stand alone (aggregator, machine-written, marketing). */
  readonly weak: boolean;
  readonly published: string | null;
  readonly accessed: string | null;
  readonly excerpt: string | null;
}

export function externalViews(external: readonly ExternalRef[]): ExternalView[] {
  return external.map((ref, index) => ({
    key: `${ref.url}-${index}`,
    ref,
    kind: ref.kind ?? null,
    weak: isWeakExternal(ref),
    published: ref.published ?? null,
    accessed: ref.accessed ?? null,
    excerpt: ref.excerpt ?? null,
  }));
}

/** Only http(s) links are rendered as links; anything else is shown as text. */
export function safeHref(ref: ExternalRef): string | null {
  try {
    const url = new URL(ref.url);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/** How many citations to show before "n more sources": enough to read, short enough to scan. */
export const VISIBLE_CITATIONS = 1;

export function splitCitations<T>(
  items: readonly T[],
  visible = VISIBLE_CITATIONS,
): { shown: T[]; more: T[] } {
  return { shown: items.slice(0, visible), more: items.slice(visible) };
}
