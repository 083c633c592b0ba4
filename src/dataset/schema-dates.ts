/** Partial ISO dates and the date value (precision, certainty, note) of the atlas schema. */
import './zod-config.ts'; // first: jitless before any schema is built (strict CSP)
import { z } from 'zod';
import { datePrecisions, dateCertainties } from './vocabulary.ts';
import { localizedTextSchema } from './schema-primitives.ts';
import { firstDayOf, isCalendarDate, lastDayOf } from '../lib/date-value.ts';

const PARTIAL_ISO_DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;
const realDay = (text: string) => !/^\d{4}-\d{2}-\d{2}$/.test(text) || isCalendarDate(text);

const partialIsoDate = z
  .string()
  .regex(PARTIAL_ISO_DATE, 'YYYY, YYYY-MM or YYYY-MM-DD')
  .refine(realDay, 'a real calendar day');

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
    // Only when both ends are well-formed partial dates (their own checks report the others).
    // partialIsoDate's own two rules, without a zod parse per date (10,000 sites: 60,000 dates).
    const wellFormed = (text: string) => PARTIAL_ISO_DATE.test(text) && realDay(text);
    if (
      date.end &&
      wellFormed(date.end) &&
      wellFormed(date.start) &&
      lastDayOf(date.end) < firstDayOf(date.start)
    ) {
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
