/** The records of the atlas: sources, sites, events, investments, facts, notes, changelog. */
import './zod-config.ts'; // first: jitless before any schema is built (strict CSP)
import { z } from 'zod';
import {
  sourceKinds,
  siteStatuses,
  locationPrecisions,
  siteMetrics,
  eventLanes,
  noteKinds,
  correctionFields,
} from './vocabulary.ts';
import { idSchema, localizedTextSchema, sourced } from './schema-primitives.ts';
import { dateValueSchema } from './schema-dates.ts';
import { quantitySchema } from './schema-quantity.ts';

export const sourceSchema = z.strictObject({
  id: idSchema,
  file: z.string().regex(/^[\w.-]+\.txt$/, 'an article file name such as 000_abc.txt'),
  outlet: z.string().min(1).nullable(),
  title: z.string().min(1),
  published: dateValueSchema,
  kind: z.enum(sourceKinds),
  reliability: localizedTextSchema,
});

const countryCode = z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code such as FR');

export const locationSchema = z.strictObject({
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  place: z.string().min(1),
  region: z.string().min(1),
  country: countryCode,
  precision: z.enum(locationPrecisions),
  ...sourced,
});

export const statusChangeSchema = z.strictObject({
  status: z.enum(siteStatuses),
  date: dateValueSchema,
  /** True when an article announces this status for the future (e.g. "inauguré dans les prochains mois"). */
  forecast: z.boolean().optional(),
  ...sourced,
});

export const partnerSchema = z.strictObject({
  name: z.string().min(1),
  role: localizedTextSchema,
  ...sourced,
});

export const figureSchema = z.strictObject({
  metric: z.enum(siteMetrics),
  quantity: quantitySchema,
  asOf: dateValueSchema.optional(),
  ...sourced,
});

export const siteSchema = z.strictObject({
  id: idSchema,
  name: localizedTextSchema,
  summary: localizedTextSchema,
  operator: z.string().min(1),
  location: locationSchema,
  statusHistory: z.array(statusChangeSchema).min(1),
  partners: z.array(partnerSchema).default([]),
  figures: z.array(figureSchema).default([]),
  /** The day the editors last checked this site's status against reporting (ISO day). */
  lastChecked: z.iso.date().optional(),
  ...sourced,
});

export const eventSchema = z.strictObject({
  id: idSchema,
  title: localizedTextSchema,
  description: localizedTextSchema.optional(),
  date: dateValueSchema,
  lane: z.enum(eventLanes),
  /** Announced for the future ("opening planned in the coming months"): a plan, not a fact. */
  forecast: z.boolean().optional(),
  /**
   * The status of its site this forecast announces (an opening announces `operational`): its
   * outcome is then read from the site's reports, by the same rule as a forecast status.
   */
  forecastStatus: z.enum(siteStatuses).optional(),
  site: idSchema.optional(),
  investment: idSchema.optional(),
  ...sourced,
});

export const investmentSchema = z.strictObject({
  id: idSchema,
  label: localizedTextSchema,
  /** Who pays and what for, in both languages like every human text. */
  investor: localizedTextSchema,
  target: localizedTextSchema,
  country: countryCode,
  site: idSchema.optional(),
  amount: quantitySchema,
  announced: dateValueSchema,
  horizon: dateValueSchema.optional(),
  partOf: idSchema.optional(),
  ...sourced,
});

export const factSchema = z.strictObject({
  id: idSchema,
  topic: idSchema,
  label: localizedTextSchema,
  text: localizedTextSchema,
  quantity: quantitySchema.optional(),
  date: dateValueSchema.optional(),
  about: z.array(idSchema).default([]),
  ...sourced,
});

/**
 * Where the dataset corrects an article: what the article says (`claim`, quoted in the note's
 * citations) and what the external reference says (`corrected`, in the note's external). Views show
 * both beside the corrected fact (`field`) of every record in `about`.
 */
export const correctionSchema = z.strictObject({
  field: z.enum(correctionFields),
  claim: localizedTextSchema,
  corrected: localizedTextSchema,
});

export const noteSchema = z.strictObject({
  id: idSchema,
  kind: z.enum(noteKinds),
  about: z.array(idSchema).min(1),
  text: localizedTextSchema,
  correction: correctionSchema.optional(),
  ...sourced,
});

/** One release of the dataset: what changed and why, shown in About. */
export const changelogEntrySchema = z.strictObject({
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'a semantic version such as 1.0.0'),
  date: z.iso.date(),
  changes: z.array(localizedTextSchema).min(1),
});
