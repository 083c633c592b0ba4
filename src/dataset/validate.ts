/** Validation at the edge: untrusted JSON in, a typed atlas or every problem out. Never throws. */
import { atlasSchema, type Atlas } from './schema.ts';
import { checkIntegrity } from './integrity.ts';
import { formatPath, type Problem } from './problem.ts';
import { checkSafeText } from './safe-text.ts';
import { fastParse, INVALID } from './fast-parse.ts';

export type ValidationResult = { ok: true; atlas: Atlas } | { ok: false; problems: Problem[] };

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = root;
  for (const key of path) {
    // Stryker disable next-line all: equivalent, zod's issue paths run through objects and arrays only; a guard
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

export function validateAtlas(input: unknown): ValidationResult {
  // Unsafe text (direction overrides, control characters, huge strings) anywhere refuses the file,
  // reported beside the schema's problems (rules in safe-text.ts).
  const unsafe = checkSafeText(input);
  // The fast path answers for a valid atlas (10,000 sites); zod itself names the problems.
  const fast = fastParse(atlasSchema, input);
  // Stryker disable next-line ConditionalExpression: equivalent, zod's own parse gives the same answer, slower
  const parsed = fast === INVALID ? atlasSchema.safeParse(input) : { success: true as const, data: fast };
  if (!parsed.success || unsafe.length) {
    if (parsed.success) return { ok: false, problems: unsafe };
    const problems = parsed.error.issues.map((issue): Problem => {
      const expected = 'expected' in issue ? String(issue.expected) : undefined;
      return {
        path: formatPath(issue.path),
        message: issue.code === 'invalid_type' ? 'wrong type' : issue.message,
        ...(expected ? { expected, found: describe(valueAt(input, issue.path)) } : {}),
      };
    });
    return { ok: false, problems: [...unsafe, ...problems] };
  }
  const problems = checkIntegrity(parsed.data);
  return problems.length ? { ok: false, problems } : { ok: true, atlas: parsed.data };
}
