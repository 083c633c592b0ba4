/**
 * The one definition of the atlas dataset. `data/atlas.schema.json` is generated from this file
 * (`npm run data:schema`); a test fails when that file is stale. Field meanings: data/README.md.
 * The pieces live in schema-primitives.ts, schema-dates.ts, schema-quantity.ts and
 * schema-records.ts; this file assembles the whole and names its types (`Site`, `Investment`, …).
 */
import './zod-config.ts'; // first: jitless before any schema is built (strict CSP)
import { z } from 'zod';
import type { siteStatuses, eventLanes } from './vocabulary';
import type { localizedTextSchema, citationSchema, externalRefSchema } from './schema-primitives';
import type { dateValueSchema } from './schema-dates';
import type { quantitySchema } from './schema-quantity';
import type {
  locationSchema,
  statusChangeSchema,
  partnerSchema,
  figureSchema,
  correctionSchema,
} from './schema-records';
import {
  sourceSchema,
  siteSchema,
  eventSchema,
  investmentSchema,
  factSchema,
  noteSchema,
  changelogEntrySchema,
} from './schema-records.ts';

export const atlasSchema = z.strictObject({
  $schema: z.string().optional(),
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'a semantic version such as 1.0.0'),
  updated: z.iso.date(),
  /** The day up to which the dataset reflects reporting: every view is true as of this day. */
  asOf: z.iso.date().optional(),
  // The articles; a dataset whose every record names an external reference (a spreadsheet's) has none.
  sources: z.array(sourceSchema),
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
