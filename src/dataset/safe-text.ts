/**
 * Rules for the text of a dataset that may come from anyone (`?data=`): every string is
 * shown to readers, so none may flip the reading direction of what follows it (a "Trojan Source"
 * bidi override), hide control characters, or be long enough to freeze a page; and the only links
 * are http(s) ones (`z.url()` alone accepts `javascript:`, `data:` and `file:`).
 */
import { z } from 'zod';
import { formatPath, type Problem } from './problem.ts';

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

export interface UnsafeTextReason {
  /** Which rule, for a view that words it its own way (a spreadsheet's problem, in French). */
  kind: 'tooLong' | 'bidi' | 'control' | 'loneSurrogate';
  message: string;
  found: string;
}

/** Why `text` may not be shown, or null when it is safe. */
export function unsafeTextReason(text: string): UnsafeTextReason | null {
  if (text.length > MAX_TEXT_LENGTH) {
    return {
      kind: 'tooLong',
      message: `longer than ${MAX_TEXT_LENGTH} characters`,
      found: `${text.length} characters`,
    };
  }
  if (!SUSPECT.test(text)) return null;
  const bidi = BIDI.exec(text);
  if (bidi) return { kind: 'bidi', message: 'contains a bidirectional override', found: codePoint(bidi[0]) };
  const control = CONTROL.exec(text);
  if (control) {
    return { kind: 'control', message: 'contains a control character', found: codePoint(control[0]) };
  }
  if (LONE_SURROGATE.test(text)) {
    return { kind: 'loneSurrogate', message: 'contains a lone surrogate', found: 'broken UTF-16' };
  }
  return null;
}

/**
 * Every string anywhere in `input` (whatever its shape, so fields the schema does not know yet
 * are covered too), checked with unsafeTextReason. Depth-capped: never throws.
 */
export function checkSafeText(input: unknown): Problem[] {
  const problems: Problem[] = [];
  // One shared path, spelled out only for a problem: 10,000 sites hold about a million strings,
  // and an object per visited value (or a copied path) made this the slowest step of validation.
  const path: PropertyKey[] = [];
  const visitChild = (child: unknown, key: PropertyKey, depth: number) => {
    if (child === null || (typeof child !== 'string' && typeof child !== 'object')) return;
    path.push(key);
    visit(child, depth);
    path.pop();
  };
  const visit = (value: unknown, depth: number): void => {
    if (typeof value === 'string') {
      const reason = unsafeTextReason(value);
      if (reason) {
        problems.push({
          path: formatPath(path),
          message: reason.message,
          expected: `text without direction overrides or control characters, at most ${MAX_TEXT_LENGTH} characters`,
          found: reason.found,
        });
      }
      return;
    }
    if (value === null || typeof value !== 'object') return;
    // Depth-capped, so the recursion ends well inside the stack.
    if (depth >= MAX_DEPTH) {
      problems.push({ path: formatPath(path), message: `nested deeper than ${MAX_DEPTH} levels` });
      return;
    }
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) visitChild(value[i], i, depth + 1);
    } else {
      const record = value as Record<string, unknown>;
      for (const key in record) {
        if (!Object.hasOwn(record, key)) continue;
        // A key is printed too (an unknown field is named in the error panel): the same rules.
        const reason = unsafeTextReason(key);
        if (reason) {
          problems.push({
            path: formatPath(path),
            message: `a key ${reason.message}`,
            expected: `keys without direction overrides or control characters, at most ${MAX_TEXT_LENGTH} characters`,
            found: reason.found,
          });
          continue;
        }
        visitChild(record[key], key, depth + 1);
      }
    }
  };
  visit(input, 0);
  return problems;
}

/** A link a reader may follow: absolute http(s) only, of a sane length. */
export const safeUrlSchema = z
  .url({ protocol: /^https?$/, error: 'an http:// or https:// address' })
  .max(MAX_URL_LENGTH);
