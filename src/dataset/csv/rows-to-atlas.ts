/**
 * Checked rows -> an atlas in the dataset's own shape, which then goes through the same
 * validation as any JSON dataset. Each row is one site with its status, its capacity, its pledge
 * (an investment record of that site) and its source as an external reference.
 */
import type { Atlas, ExternalRef, Investment, Site } from '../schema';
import { firstDayOf } from '../../lib/date-value';
import { slugOf } from './csv-values';
import type { SiteRow } from './csv-row';

export interface RowsAtlas {
  atlas: Atlas;
  /** The spreadsheet row of each site and of each investment, by index. */
  siteRows: number[];
  investmentRows: number[];
}

/** The version a spreadsheet's atlas gets: it has no release history of its own. */
export const CSV_ATLAS_VERSION = '1.0.0';
/** What a row without `operator` shows. */
export const NO_OPERATOR = '—';

const precisionOf = (date: string) => (date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day');

function hostOf(url: string): string {
  try {
    return new URL(url).hostname || url;
  } catch {
    return url;
  }
}

export function referenceOf(row: SiteRow): ExternalRef {
  const host = hostOf(row.sourceUrl);
  return {
    title: row.sourceTitle || host,
    publisher: host,
    url: row.sourceUrl,
    ...(row.sourceDate ? { published: row.sourceDate } : {}),
    ...(row.quote ? { excerpt: row.quote } : {}),
  };
}

/** Ids as written; a row without one gets one from its name, unlike any other row's. */
function assignIds(rows: readonly SiteRow[]): string[] {
  const taken = new Set(rows.flatMap((row) => (row.id ? [row.id] : [])));
  return rows.map((row) => {
    if (row.id) return row.id;
    const stem = slugOf(row.nameEn);
    let id = stem;
    for (let n = 2; taken.has(id); n++) id = `${stem}-${n}`;
    taken.add(id);
    return id;
  });
}

function siteOf(row: SiteRow, id: string, today: string): Site {
  const ref = referenceOf(row);
  const date = {
    start: row.statusDate,
    precision: precisionOf(row.statusDate),
    certainty: 'stated',
  } as const;
  return {
    id,
    name: { fr: row.nameFr, en: row.nameEn },
    summary: { fr: `Source\u00a0: ${ref.title}.`, en: `Source: ${ref.title}.` },
    operator: row.operator || NO_OPERATOR,
    location: {
      lat: row.lat,
      lon: row.lon,
      place: row.place || row.country,
      region: row.place || row.country,
      country: row.country,
      precision: 'site',
      citations: [],
      external: [ref],
    },
    statusHistory: [
      {
        status: row.status,
        date,
        // A status dated after today is announced for the future: views must not show it as reached.
        ...(firstDayOf(row.statusDate) > today ? { forecast: true } : {}),
        citations: [],
        external: [ref],
      },
    ],
    partners: row.partners.map((name) => ({
      name,
      role: { fr: 'Partenaire', en: 'Partner' },
      citations: [],
      external: [],
    })),
    figures:
      row.capacityMw === null
        ? []
        : [
            {
              metric: 'capacity',
              quantity: { text: `${row.capacityMw} MW`, unit: 'MW', kind: 'exact', value: row.capacityMw },
              citations: [],
              external: [ref],
            },
          ],
    citations: [],
    external: [ref],
  };
}

function investmentOf(row: SiteRow, siteId: string): Investment | null {
  if (row.investment === null) return null;
  const unit = row.currency as Investment['amount']['unit'];
  const announced = row.sourceDate || row.statusDate;
  const investor = row.operator || null;
  return {
    id: `${siteId}-investment`,
    label: { fr: `Investissement\u00a0: ${row.nameFr}`, en: `Investment: ${row.nameEn}` },
    investor: { fr: investor ?? 'Non précisé', en: investor ?? 'Not stated' },
    target: { fr: row.nameFr, en: row.nameEn },
    country: row.country,
    site: siteId,
    amount: { text: `${row.investment} ${unit}`, unit, kind: 'exact', value: row.investment },
    announced: { start: announced, precision: precisionOf(announced), certainty: 'stated' },
    citations: [],
    external: [referenceOf(row)],
  };
}

export function rowsToAtlas(rows: readonly SiteRow[], today: string): RowsAtlas {
  const ids = assignIds(rows);
  const investments: Investment[] = [];
  const investmentRows: number[] = [];
  const sites = rows.map((row, index) => {
    const investment = investmentOf(row, ids[index]!);
    if (investment) {
      investments.push(investment);
      investmentRows.push(row.row);
    }
    return siteOf(row, ids[index]!, today);
  });
  return {
    atlas: {
      version: CSV_ATLAS_VERSION,
      updated: today,
      sources: [],
      sites,
      events: [],
      investments,
      facts: [],
      notes: [],
      changelog: [],
    },
    siteRows: rows.map((row) => row.row),
    investmentRows,
  };
}
