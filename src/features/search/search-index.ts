/**
 * One flat index of everything a visitor may type: sites, places, companies (operators, investors,
 * targets), partners, events and pledges. Each entry says which record selecting it opens, so
 * "eclairion" (a partner) opens the Essonne site. Pure: no React, no store.
 */
import { recordText, type AtlasModel } from '../../dataset/model';
import type { LocalizedText } from '../../dataset/schema';
import type { Lang } from '../../i18n/languages';
import { normalizeForSearch } from './normalize';

export const searchKinds = ['site', 'place', 'company', 'partner', 'event', 'investment'] as const;
export type SearchKind = (typeof searchKinds)[number];

export interface SearchEntry {
  /** Unique within the index; doubles as the option's DOM id suffix. */
  readonly key: string;
  /** The record `select(id)` receives. */
  readonly targetId: string;
  readonly kind: SearchKind;
  readonly label: LocalizedText;
  /** The record the entry belongs to, when it is not the entry itself (a partner's site). */
  readonly context?: LocalizedText;
  /** Folded names the query is matched against. */
  readonly terms: readonly string[];
}

const same = (text: string): LocalizedText => ({ fr: text, en: text });

/** Built from the model's record index: each record under its own name (recordText), then its aliases. */
export function buildSearchIndex(model: Pick<AtlasModel, 'recordsById'>): SearchEntry[] {
  const entries: SearchEntry[] = [];
  const seen = new Set<string>();
  const add = (
    kind: SearchKind,
    targetId: string,
    label: LocalizedText,
    context?: LocalizedText,
    extra: string[] = [],
  ) => {
    const dedupe = `${targetId}|${normalizeForSearch(label.en)}`;
    if (seen.has(dedupe)) return;
    seen.add(dedupe);
    const terms = [...new Set([label.fr, label.en, ...extra].map(normalizeForSearch))];
    entries.push({
      key: `${kind}-${entries.length}`,
      targetId,
      kind,
      label,
      ...(context ? { context } : {}),
      terms,
    });
  };

  // The index holds sites, then pledges, then events, then facts (facts are not searched).
  for (const record of model.recordsById.values()) {
    const { id } = record;
    const name = recordText(record);
    if (record.kind === 'site') {
      const { location, operator, partners } = record.site;
      add('site', id, name, undefined, [id]);
      add('place', id, same(location.place), name);
      if (location.region !== location.place) add('place', id, same(location.region), name);
      add('company', id, same(operator), name);
      for (const partner of partners) add('partner', id, same(partner.name), name);
    } else if (record.kind === 'investment') {
      add('investment', id, name, undefined, [id]);
      add('company', id, record.investment.investor, name);
      add('company', id, record.investment.target, name);
    } else if (record.kind === 'event') {
      add('event', id, name, undefined, [id]);
    }
  }
  return entries;
}

/** 0 = a name equals the query, 1 = a name starts with it, 2 = a word starts with it, 3 = inside. */
function rank(term: string, query: string): number | null {
  if (term === query) return 0;
  if (term.startsWith(query)) return 1;
  const at = term.indexOf(query);
  if (at < 0) return null;
  return /[\s'’-]/.test(term[at - 1] ?? '') ? 2 : 3;
}

export interface SearchResult {
  readonly entry: SearchEntry;
  readonly rank: number;
}

/**
 * Entries whose names contain every word of the query, best first, one per target record; an empty
 * query finds nothing.
 */
export function searchAtlas(
  index: readonly SearchEntry[],
  query: string,
  lang: Lang,
  limit = 8,
): SearchResult[] {
  const folded = normalizeForSearch(query);
  if (!folded) return [];
  const words = folded.split(' ');
  const results: SearchResult[] = [];
  for (const entry of index) {
    let best: number | null = null;
    for (const term of entry.terms) {
      const whole = rank(term, folded);
      const all = words.every((word) => term.includes(word)) ? 3 : null;
      const score = whole ?? all;
      if (score !== null && (best === null || score < best)) best = score;
    }
    if (best !== null) results.push({ entry, rank: best });
  }
  const order = (kind: SearchKind) => searchKinds.indexOf(kind);
  results.sort(
    (a, b) =>
      a.rank - b.rank ||
      order(a.entry.kind) - order(b.entry.kind) ||
      a.entry.label[lang].localeCompare(b.entry.label[lang], lang),
  );
  // One row per record: "Borlänge" the place and "Borlänge campus" the site open the same panel.
  const targets = new Set<string>();
  return results
    .filter(({ entry }) => !targets.has(entry.targetId) && targets.add(entry.targetId))
    .slice(0, limit);
}
