/**
 * The one definition of the atlas dataset. `data/atlas.schema.json` is generated from this file
 * (`npm run data:schema`); a test fails when that file is stale. Field meanings: data/README.md.
 */
import './zod-config'; // first: jitless before any schema is built (strict CSP)
import { z } from 'zod';
import { firstDayOf, isCalendarDate, lastDayOf } from '../lib/date-value';
import {
  datePrecisions,
  dateCertainties,
  quantityUnits,
  quantityKinds,
  sourceKinds,
  siteStatuses,
  locationPrecisions,
  siteMetrics,
  eventLanes,
  noteKinds,
  correctionFields,
} from './vocabulary';
import { MAX_ID_LENGTH, safeUrlSchema } from './safe-text';

export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a kebab-case id (a-z, 0-9, single hyphens)')
  .max(MAX_ID_LENGTH);

export const localizedTextSchema = z.strictObject({
  fr: z.string().min(1),
  en: z.string().min(1),
});

/** A verbatim French excerpt of one article (compared after folding white space). */
export const citationSchema = z.strictObject({
  source: idSchema,
  quote: z.string().min(8),
});

/** A fact from outside the five articles: coordinates, a correction. Always shown as external. */
export const externalRefSchema = z.strictObject({
  title: z.string().min(1),
  publisher: z.string().min(1),
  url: safeUrlSchema,
});

const sourced = {
  citations: z.array(citationSchema).default([]),
  external: z.array(externalRefSchema).default([]),
};

const fullDay = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;
const partialIsoDate = z
  .string()
  .regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, 'YYYY, YYYY-MM or YYYY-MM-DD')
  .refine((text) => !fullDay.test(text) || isCalendarDate(text), 'a real calendar day');

const precisionFormat = { day: 'YYYY-MM-DD', month: 'YYYY-MM', year: 'YYYY' } as const;

export const dateValueSchema = z
  .strictObject({
    start: partialIsoDate,
    end: partialIsoDate.optional(),
    precision: z.enum(datePrecisions),
    certainty: z.enum(dateCertainties),
    note: localizedTextSchema.optional(),
  })
  .superRefine((date, ctx) => {
    if (date.precision === 'range' && !date.end) {
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        message: 'a range needs an end date',
        expected: 'an end date',
      });
    }
    if (date.precision !== 'range') {
      const format = precisionFormat[date.precision];
      if (date.start.length !== format.length) {
        ctx.addIssue({
          code: 'custom',
          path: ['start'],
          message: `a ${date.precision}-precision date is written ${format}`,
          expected: format,
        });
      }
    }
    // Compare whole periods: a range from 2025-02-09 to "2025-02" ends on 2025-02-28.
    const { start, end } = date;
    if (end && isCalendarDate(end) && isCalendarDate(start) && lastDayOf(end) < firstDayOf(start)) {
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        message: `end (${date.end}) is before start (${date.start})`,
        expected: `a date on or after ${date.start}`,
      });
    }
    if (date.certainty === 'contested' && !date.note) {
      ctx.addIssue({
        code: 'custom',
        path: ['note'],
        message: 'a contested date needs a note saying why',
        expected: 'a {fr, en} note',
      });
    }
  });

export const quantitySchema = z
  .strictObject({
    text: z.string().min(1),
    unit: z.enum(quantityUnits),
    kind: z.enum(quantityKinds),
    value: z.number().finite().optional(),
    min: z.number().finite().optional(),
    max: z.number().finite().nullable().optional(),
  })
  .superRefine((q, ctx) => {
    const vague = q.kind === 'lower-bound' || q.kind === 'range' || q.kind === 'unspecified';
    if (vague && q.value !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: `a ${q.kind} quantity has no value; use min/max`,
        expected: 'no value',
      });
    }
    if (!vague && q.value === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: `an ${q.kind} quantity needs a value`,
        expected: 'number',
      });
    }
    if (q.kind === 'lower-bound') {
      if (q.min === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['min'],
          message: 'a lower bound needs min',
          expected: 'number',
        });
      }
      if (q.max !== null) {
        ctx.addIssue({
          code: 'custom',
          path: ['max'],
          message: 'an open lower bound has max: null',
          expected: 'null',
        });
      }
    }
    if (q.kind === 'range' && (q.min === undefined || q.max === undefined || q.max === null)) {
      ctx.addIssue({
        code: 'custom',
        path: ['max'],
        message: 'a range needs both min and max',
        expected: 'min and max',
      });
    }
    if (q.min !== undefined && q.max !== undefined && q.max !== null && q.min > q.max) {
      ctx.addIssue({
        code: 'custom',
        path: ['min'],
        message: `min (${q.min}) is greater than max (${q.max})`,
        expected: `a number <= max (${q.max})`,
      });
    }
  });

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

export const atlasSchema = z.strictObject({
  $schema: z.string().optional(),
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'a semantic version such as 1.0.0'),
  updated: z.iso.date(),
  sources: z.array(sourceSchema).min(1),
  sites: z.array(siteSchema),
  events: z.array(eventSchema),
  investments: z.array(investmentSchema),
  facts: z.array(factSchema),
  notes: z.array(noteSchema),
  changelog: z.array(changelogEntrySchema).default([]),
});

export type LocalizedText = z.infer<typeof localizedTextSchema>;
export type Citation = z.infer<typeof citationSchema>;
export type ExternalRef = z.infer<typeof externalRefSchema>;
export type DateValue = z.infer<typeof dateValueSchema>;
export type Quantity = z.infer<typeof quantitySchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Location = z.infer<typeof locationSchema>;
export type StatusChange = z.infer<typeof statusChangeSchema>;
export type SiteStatus = (typeof siteStatuses)[number];
export type Partner = z.infer<typeof partnerSchema>;
export type Figure = z.infer<typeof figureSchema>;
export type Site = z.infer<typeof siteSchema>;
export type AtlasEvent = z.infer<typeof eventSchema>;
export type EventLane = (typeof eventLanes)[number];
export type Investment = z.infer<typeof investmentSchema>;
export type Fact = z.infer<typeof factSchema>;
export type Note = z.infer<typeof noteSchema>;
export type Correction = z.infer<typeof correctionSchema>;
export type ChangelogEntry = z.infer<typeof changelogEntrySchema>;
export type Atlas = z.infer<typeof atlasSchema>;
