/**
 * The sites, events and investments tables as CSV, one row per record. Nested values are
 * flattened to columns (amount_text, amount_kind, amount_min, amount_max, amount_value,
 * amount_unit); lists (citations, partners, status history) are joined with " | ". Numbers stay
 * machine-readable (1200000000, not "1,2 Md€"); dates stay ISO.
 */
import type {
  Atlas,
  AtlasEvent,
  Citation,
  DateValue,
  ExternalRef,
  Investment,
  Quantity,
  Site,
} from '../../dataset/schema';
import { siteMetrics } from '../../dataset/vocabulary';
import { collectCitations } from '../../dataset/quote-check';
import { tableToCsv, type Cell, type Column } from './csv';

export const LIST_SEPARATOR = ' | ';

const join = (items: readonly Cell[]) =>
  items.filter((i) => i !== undefined && i !== null && i !== '').join(LIST_SEPARATOR);

export function quantityColumns<T>(prefix: string, get: (record: T) => Quantity | undefined): Column<T>[] {
  const field = (name: string, pick: (q: Quantity) => Cell): Column<T> => ({
    header: `${prefix}_${name}`,
    get: (record) => {
      const q = get(record);
      return q ? pick(q) : undefined;
    },
  });
  return [
    field('text', (q) => q.text),
    field('kind', (q) => q.kind),
    field('min', (q) => q.min),
    field('max', (q) => q.max),
    field('value', (q) => q.value),
    field('unit', (q) => q.unit),
  ];
}

export function dateColumns<T>(prefix: string, get: (record: T) => DateValue | undefined): Column<T>[] {
  const field = (name: string, pick: (d: DateValue) => Cell): Column<T> => ({
    header: `${prefix}_${name}`,
    get: (record) => {
      const d = get(record);
      return d ? pick(d) : undefined;
    },
  });
  return [
    field('start', (d) => d.start),
    field('end', (d) => d.end),
    field('precision', (d) => d.precision),
    field('certainty', (d) => d.certainty),
    field('note_en', (d) => d.note?.en),
  ];
}

/**
 * Every quote under the record, its own first, then its figures', partners' and statuses', each
 * once: `source: quote`.
 */
export function joinCitations(record: { citations: readonly Citation[] }): string {
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const { source, quote } of [...record.citations, ...collectCitations(record)]) {
    const part = `${source}: ${quote}`;
    if (!seen.has(part)) parts.push(part);
    seen.add(part);
  }
  return parts.join(LIST_SEPARATOR);
}

/** Every external reference under the record, each once: `title (publisher) url`. */
export function joinExternal(record: unknown): string {
  const found: ExternalRef[] = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (typeof value === 'object' && value !== null) {
      for (const [key, child] of Object.entries(value)) {
        if (key === 'external' && Array.isArray(child)) found.push(...(child as ExternalRef[]));
        else walk(child);
      }
    }
  };
  walk(record);
  return [...new Set(found.map((ref) => `${ref.title} (${ref.publisher}) ${ref.url}`))].join(LIST_SEPARATOR);
}

const sourced = <T extends { citations: readonly Citation[] }>(): Column<T>[] => [
  { header: 'citations', get: joinCitations },
  { header: 'external', get: joinExternal },
];

/** A metric may be reported more than once (different dates or outlets): values are joined. */
function figureColumns(metric: (typeof siteMetrics)[number]): Column<Site>[] {
  const prefix = metric.replace(/-/g, '_');
  const figures = (site: Site) => site.figures.filter((f) => f.metric === metric);
  return [
    ...quantityColumns<Quantity>(prefix, (q) => q).map((column): Column<Site> => ({
      header: column.header,
      get: (site) => join(figures(site).map((f) => column.get(f.quantity))) || undefined,
    })),
    { header: `${prefix}_as_of`, get: (site) => join(figures(site).map((f) => f.asOf?.start)) || undefined },
  ];
}

const latest = (site: Site) => site.statusHistory.at(-1);

export const siteColumns: Column<Site>[] = [
  { header: 'id', get: (s) => s.id },
  { header: 'name_fr', get: (s) => s.name.fr },
  { header: 'name_en', get: (s) => s.name.en },
  { header: 'operator', get: (s) => s.operator },
  { header: 'place', get: (s) => s.location.place },
  { header: 'region', get: (s) => s.location.region },
  { header: 'country', get: (s) => s.location.country },
  { header: 'lat', get: (s) => s.location.lat },
  { header: 'lon', get: (s) => s.location.lon },
  { header: 'location_precision', get: (s) => s.location.precision },
  { header: 'status', get: (s) => latest(s)?.status },
  { header: 'status_date', get: (s) => latest(s)?.date.start },
  {
    header: 'status_history',
    get: (s) =>
      join(s.statusHistory.map((c) => `${c.date.start} ${c.status}${c.forecast ? ' (forecast)' : ''}`)),
  },
  { header: 'partners_en', get: (s) => join(s.partners.map((p) => `${p.name} (${p.role.en})`)) },
  { header: 'partners_fr', get: (s) => join(s.partners.map((p) => `${p.name} (${p.role.fr})`)) },
  ...siteMetrics.flatMap(figureColumns),
  { header: 'summary_en', get: (s) => s.summary.en },
  { header: 'summary_fr', get: (s) => s.summary.fr },
  ...sourced<Site>(),
];

export const eventColumns: Column<AtlasEvent>[] = [
  { header: 'id', get: (e) => e.id },
  ...dateColumns<AtlasEvent>('date', (e) => e.date),
  { header: 'lane', get: (e) => e.lane },
  { header: 'title_fr', get: (e) => e.title.fr },
  { header: 'title_en', get: (e) => e.title.en },
  { header: 'description_fr', get: (e) => e.description?.fr },
  { header: 'description_en', get: (e) => e.description?.en },
  { header: 'site', get: (e) => e.site },
  { header: 'investment', get: (e) => e.investment },
  ...sourced<AtlasEvent>(),
];

export const investmentColumns: Column<Investment>[] = [
  { header: 'id', get: (i) => i.id },
  { header: 'label_fr', get: (i) => i.label.fr },
  { header: 'label_en', get: (i) => i.label.en },
  { header: 'investor_fr', get: (i) => i.investor.fr },
  { header: 'investor_en', get: (i) => i.investor.en },
  { header: 'target_fr', get: (i) => i.target.fr },
  { header: 'target_en', get: (i) => i.target.en },
  { header: 'country', get: (i) => i.country },
  { header: 'site', get: (i) => i.site },
  { header: 'part_of', get: (i) => i.partOf },
  ...quantityColumns<Investment>('amount', (i) => i.amount),
  ...dateColumns<Investment>('announced', (i) => i.announced),
  ...dateColumns<Investment>('horizon', (i) => i.horizon),
  ...sourced<Investment>(),
];

export const csvTables = {
  sites: (atlas: Pick<Atlas, 'sites'>) => tableToCsv(siteColumns, atlas.sites),
  events: (atlas: Pick<Atlas, 'events'>) => tableToCsv(eventColumns, atlas.events),
  investments: (atlas: Pick<Atlas, 'investments'>) => tableToCsv(investmentColumns, atlas.investments),
} as const;

export type CsvTable = keyof typeof csvTables;
