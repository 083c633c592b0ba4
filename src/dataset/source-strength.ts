/**
 * The source policy (data/README.md, "Source policy") as a rule of the model: aggregators,
 * machine-written sites and marketing pages never count alone, nor does an article that is itself
 * promotional (article 004 is a marketing agency's blog). A fact whose every source is one of these
 * is weakly sourced, and every view that shows it says so. An external reference with no kind is not
 * judged either way: the policy marks what it knows to be weak, it does not guess.
 */
import type { Citation, ExternalRef, Source } from './schema';
import { weakExternalKinds } from './vocabulary';

const WEAK_KINDS: ReadonlySet<string> = new Set(weakExternalKinds);

export function isWeakExternal(ref: Pick<ExternalRef, 'kind'>): boolean {
  return ref.kind !== undefined && WEAK_KINDS.has(ref.kind);
}

export function isWeakCitation(citation: Citation, sourcesById: ReadonlyMap<string, Source>): boolean {
  return sourcesById.get(citation.source)?.kind === 'promotional';
}

/** True when a fact has sources and all of them are weak; a fact with no source is not "weak". */
export function isWeaklySourced(
  fact: { readonly citations: readonly Citation[]; readonly external?: readonly ExternalRef[] },
  sourcesById: ReadonlyMap<string, Source>,
): boolean {
  const external = fact.external ?? [];
  if (fact.citations.length + external.length === 0) return false;
  return (
    fact.citations.every((citation) => isWeakCitation(citation, sourcesById)) &&
    external.every(isWeakExternal)
  );
}
