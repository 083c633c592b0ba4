/**
 * An atlas's sites -> the spreadsheet template (one row per site), the shape `?data=` and the
 * Data desk read back. A row carries what the template has columns for: a site's latest reached
 * status, its capacity, one pledge in euros or dollars and one external reference.
 */
import Papa from 'papaparse';
import type { Atlas, ExternalRef, Investment, Site } from '../schema';
import { PARTNER_SEPARATOR, TEMPLATE_COLUMNS, type CsvColumn } from './csv-columns';
import { NO_OPERATOR } from './rows-to-atlas';

type Row = Record<CsvColumn, string>;

const text = (value: number | null | undefined) =>
  value === null || value === undefined ? '' : String(value);

/** The latest status already reached, else the latest announced one. */
function currentStatus(site: Site) {
  const reached = site.statusHistory.filter((change) => !change.forecast);
  return (reached.length ? reached : site.statusHistory).at(-1)!;
}

/** The first web page the site names: its own, its coordinates', then its statuses'. */
function firstReference(site: Site): ExternalRef | undefined {
  return [
    ...site.external,
    ...site.location.external,
    ...site.statusHistory.flatMap((change) => change.external),
    ...site.figures.flatMap((figure) => figure.external),
  ][0];
}

function pledgeOf(site: Site, investments: readonly Investment[]): Investment | undefined {
  return investments.find(
    (investment) =>
      investment.site === site.id &&
      investment.amount.value !== undefined &&
      (investment.amount.unit === 'EUR' || investment.amount.unit === 'USD'),
  );
}

export function siteToRow(site: Site, investments: readonly Investment[]): Row {
  const status = currentStatus(site);
  const capacity = site.figures.find(
    (figure) => figure.metric === 'capacity' && figure.quantity.value !== undefined,
  );
  const pledge = pledgeOf(site, investments);
  const ref = firstReference(site);
  const sameName = site.name.fr === site.name.en;
  return {
    id: site.id,
    name: site.name.en,
    name_fr: sameName ? '' : site.name.fr,
    name_en: sameName ? '' : site.name.en,
    lat: String(site.location.lat),
    lon: String(site.location.lon),
    place: site.location.place,
    country: site.location.country,
    operator: site.operator === NO_OPERATOR ? '' : site.operator,
    partners: site.partners.map((partner) => partner.name).join(`${PARTNER_SEPARATOR} `),
    status: status.status,
    status_date: status.date.start,
    capacity_mw: text(capacity?.quantity.value),
    investment: text(pledge?.amount.value),
    currency: pledge ? pledge.amount.unit : '',
    source_url: ref?.url ?? '',
    source_title: ref?.title ?? '',
    source_date: ref?.published ?? '',
    quote: ref?.excerpt ?? '',
  };
}

/**
 * A text cell a spreadsheet would run as a formula gets a leading apostrophe (OWASP "CSV
 * injection"); csv-row.ts takes it off again, so the file loads back as it was.
 */
function neutralize(cell: string): string {
  return /^(?:[\t]|\s*[=+@]|-(?!\d))/.test(cell) ? `'${cell}` : cell;
}

/** UTF-8 with a byte order mark (Excel then reads accents right), comma-separated, CRLF lines. */
export function atlasToCsv(atlas: Pick<Atlas, 'sites' | 'investments'>, limit = Infinity): string {
  const rows = atlas.sites.slice(0, limit).map((site) => {
    const row = siteToRow(site, atlas.investments);
    return TEMPLATE_COLUMNS.map((column) => neutralize(row[column]));
  });
  return `\uFEFF${Papa.unparse({ fields: [...TEMPLATE_COLUMNS], data: rows }, { newline: '\r\n', quotes: false })}\r\n`;
}
