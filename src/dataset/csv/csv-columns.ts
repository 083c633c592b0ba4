/**
 * The spreadsheet template's columns: a public contract (data/README.md, "A spreadsheet in").
 * Headers are matched case-insensitively, in any order; a column not listed here is ignored.
 */
export const REQUIRED_COLUMNS = [
  'name',
  'lat',
  'lon',
  'country',
  'status',
  'status_date',
  'source_url',
] as const;

export const OPTIONAL_COLUMNS = [
  'id',
  'name_fr',
  'name_en',
  'place',
  'operator',
  'partners',
  'capacity_mw',
  'investment',
  'currency',
  'source_title',
  'source_date',
  'quote',
] as const;

export type CsvColumn = (typeof REQUIRED_COLUMNS)[number] | (typeof OPTIONAL_COLUMNS)[number];

/** The order the atlas writes its own CSV files in (the template, the built-in sites). */
export const TEMPLATE_COLUMNS: readonly CsvColumn[] = [
  'id',
  'name',
  'name_fr',
  'name_en',
  'lat',
  'lon',
  'place',
  'country',
  'operator',
  'partners',
  'status',
  'status_date',
  'capacity_mw',
  'investment',
  'currency',
  'source_url',
  'source_title',
  'source_date',
  'quote',
];

const ALL: ReadonlySet<string> = new Set<string>([...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS]);

export function isCsvColumn(name: string): name is CsvColumn {
  return ALL.has(name);
}

/** `partners` holds several names separated by this. */
export const PARTNER_SEPARATOR = ';';
export const DEFAULT_CURRENCY = 'EUR';
/** The currencies the atlas can draw (its quantity units); ISO 4217 "XXX" is "no currency". */
export const CSV_CURRENCIES = ['EUR', 'USD'] as const;
