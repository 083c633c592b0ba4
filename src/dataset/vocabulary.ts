/**
 * The dataset's closed vocabularies, free of zod so that views can import them without pulling
 * the validator into the first-paint bundle. schema.ts builds its enums from these lists.
 */
export const datePrecisions = ['day', 'month', 'year', 'range'] as const;

/**
 * `external`: the date is given by an external reference (the record's `external`), not by the
 * articles — a date the dataset corrects or completes. Drawn like a stated date, never as contested.
 */
export const dateCertainties = ['stated', 'inferred', 'contested', 'external'] as const;

/** `gpus`: a count of accelerators (GPUs or GPU systems, as the source counts them). */
export const quantityUnits = ['EUR', 'USD', 'XXX', 'MW', 'm2', 'jobs', 'gpus', '%'] as const;

export const quantityKinds = ['exact', 'approximate', 'lower-bound', 'range', 'unspecified'] as const;

export const sourceKinds = ['news', 'opinion', 'promotional'] as const;

/**
 * What kind of publisher an external reference is (data/README.md, "Source policy"). The first
 * ones count on their own; `aggregator`, `machine-written` and `marketing` never stand alone: a
 * figure backed only by them is marked weak on screen.
 */
export const externalKinds = [
  'company',
  'partner',
  'public-body',
  'wire',
  'press',
  'trade-press',
  'reference',
  'aggregator',
  'machine-written',
  'marketing',
] as const;

export const weakExternalKinds = ['aggregator', 'machine-written', 'marketing'] as const;

export const siteStatuses = ['announced', 'planned', 'under-construction', 'operational'] as const;

export const locationPrecisions = ['site', 'town', 'district', 'region', 'country'] as const;

export const siteMetrics = [
  'capacity',
  'capacity-planned',
  'area',
  'jobs-direct',
  'jobs-indirect',
  'gpus',
] as const;

export const eventLanes = ['company', 'sites', 'funding', 'policy'] as const;

export const noteKinds = [
  'contradiction',
  'misspelling',
  'wrong-date',
  'missing-currency',
  'missing-date',
  'ambiguity',
  'unverifiable',
  'reliability',
  'out-of-scope',
  'stale-figure',
  'unsourced',
] as const;

/** Which fact of a record a correction (`notes[].correction`) corrects: views show it beside that fact. */
export const correctionFields = ['date', 'location', 'amount', 'description'] as const;
