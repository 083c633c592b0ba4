/**
 * Rules for the text of a dataset that may come from anyone (`?data=`, issue 17): every string is
 * shown to readers, so none may flip the reading direction of what follows it (a "Trojan Source"
 * bidi override), hide control characters, or be long enough to freeze a page; and the only links
 * are http(s) ones (`z.url()` alone accepts `javascript:`, `data:` and `file:`).
 */
import { z } from 'zod';
import { formatPath, type Problem } from './problem';

/** Any one string of the dataset; the longest real one (a note) is about 350 characters. */
export const MAX_TEXT_LENGTH = 5_000;
export const MAX_URL_LENGTH = 2_000;
/** The URL codec reads ids of at most 64 characters (`site=`), so the dataset cannot have longer. */
export const MAX_ID_LENGTH = 64;
/** The real atlas is 6 levels deep; anything far deeper is not this schema, and a walk must end. */
const MAX_DEPTH = 32;

// U+202A–U+202E (LRE RLE PDF LRO RLO) and U+2066–U+2069 (LRI RLI FSI PDI).
const BIDI = /[\u202A-\u202E\u2066-\u2069]/u;
// C0 controls except the line feed, DEL, and C1 controls.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/u;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// One pass over the text for the common case: nothing above can match unless one of these does
// (any surrogate, paired or not, sends the text to the precise checks).
// eslint-disable-next-line no-control-regex
const SUSPECT = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uD800-\uDFFF]/;

const codePoint = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Why `text` may not be shown, or null when it is safe. */
export function unsafeTextReason(text: string): { message: string; found: string } | null {
  if (text.length > MAX_TEXT_LENGTH) {
    return { message: `longer than ${MAX_TEXT_LENGTH} characters`, found: `${text.length} characters` };
  }
  if (!SUSPECT.test(text)) return null;
  const bidi = BIDI.exec(text);
  if (bidi) return { message: 'contains a bidirectional override', found: codePoint(bidi[0]) };
  const control = CONTROL.exec(text);
  if (control) return { message: 'contains a control character', found: codePoint(control[0]) };
  if (LONE_SURROGATE.test(text)) return { message: 'contains a lone surrogate', found: 'broken UTF-16' };
  return null;
}

/**
 * Every string anywhere in `input` (whatever its shape, so fields the schema does not know yet
 * are covered too), checked with unsafeTextReason. Iterative, depth-capped: never throws.
 */
export function checkSafeText(input: unknown): Problem[] {
  const problems: Problem[] = [];
  // Each entry links to its parent: a path is only spelled out for a problem (10,000 sites hold
  // about a million strings; copying every path made this the slowest step of validation).
  type Entry = { value: unknown; key: PropertyKey; parent: Entry | null; depth: number };
  const pathOf = (entry: Entry) => {
    const path: PropertyKey[] = [];
    for (let at: Entry | null = entry; at?.parent; at = at.parent) path.push(at.key);
    return formatPath(path.reverse());
  };
  const stack: Entry[] = [{ value: input, key: '', parent: null, depth: 0 }];
  while (stack.length) {
    const entry = stack.pop()!;
    const { value } = entry;
    if (typeof value === 'string') {
      const reason = unsafeTextReason(value);
      if (reason) {
        problems.push({
          path: pathOf(entry),
          message: reason.message,
          expected: `text without direction overrides or control characters, at most ${MAX_TEXT_LENGTH} characters`,
          found: reason.found,
        });
      }
    } else if (value !== null && typeof value === 'object') {
      if (entry.depth >= MAX_DEPTH) {
        problems.push({ path: pathOf(entry), message: `nested deeper than ${MAX_DEPTH} levels` });
        continue;
      }
      const depth = entry.depth + 1;
      if (Array.isArray(value)) {
        for (let i = value.length - 1; i >= 0; i--) {
          const child: unknown = value[i];
          if (child !== null && (typeof child === 'string' || typeof child === 'object')) {
            stack.push({ value: child, key: i, parent: entry, depth });
          }
        }
      } else {
        const keys = Object.keys(value);
        for (let i = keys.length - 1; i >= 0; i--) {
          const child: unknown = (value as Record<string, unknown>)[keys[i]!];
          if (child !== null && (typeof child === 'string' || typeof child === 'object')) {
            stack.push({ value: child, key: keys[i]!, parent: entry, depth });
          }
        }
      }
    }
  }
  return problems;
}

/** A link a reader may follow: absolute http(s) only, of a sane length. */
export const safeUrlSchema = z
  .url({ protocol: /^https?$/, error: 'an http:// or https:// address' })
  .max(MAX_URL_LENGTH);
