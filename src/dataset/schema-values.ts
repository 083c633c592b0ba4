/**
 * The building blocks of the dataset schema (ids, bilingual text, citations, partial dates,
 * quantities); schema.ts assembles the records from them and re-exports what others use.
 */
import './zod-config'; // first: jitless before any schema is built (strict CSP)
import { z } from 'zod';
import { firstDayOf, isCalendarDate, lastDayOf } from '../lib/date-value';
import { datePrecisions, dateCertainties, quantityUnits, quantityKinds } from './vocabulary';
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

export const sourced = {
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
