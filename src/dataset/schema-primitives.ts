/** Building blocks of the atlas schema: ids, bilingual text, citations, external references. */
import './zod-config.ts'; // first: jitless before any schema is built (strict CSP)
import { z } from 'zod';
import { MAX_ID_LENGTH, safeUrlSchema } from './safe-text.ts';
import { externalKinds } from './vocabulary.ts';

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
  /** What kind of publisher this is: the source policy in data/README.md. */
  kind: z.enum(externalKinds).optional(),
  /** When the page was published (ISO day), when it is known. */
  published: z.iso.date().optional(),
  /** When the dataset's editors last read the page (ISO day). */
  accessed: z.iso.date().optional(),
  /** A short excerpt in the page's own words, so a reader can find the claim on the page. */
  excerpt: z.string().min(8).max(600).optional(),
});

export const sourced = {
  citations: z.array(citationSchema).default([]),
  external: z.array(externalRefSchema).default([]),
};
