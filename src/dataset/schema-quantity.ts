/** A quantity as the articles write it: exact, approximate, an open lower bound, a range. */
import './zod-config.ts'; // first: jitless before any schema is built (strict CSP)
import { z } from 'zod';
import { quantityUnits, quantityKinds } from './vocabulary.ts';

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
