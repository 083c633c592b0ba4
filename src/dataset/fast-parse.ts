/**
 * A faster way to run a zod schema on a big valid document, built from the zod schema itself (zod
 * stays the one definition). Jitless zod 4 (the strict CSP forbids its code generation)
 * spent about 2 s on a 10,000-site atlas, mostly allocating a payload and an issues array for each
 * of its 1.5 million values. This walks the schema's definition (`_zod.def`, zod's documented
 * surface for library authors) once and builds one closure per node: the same type tests as zod's
 * parsers, then zod's own check functions (`_zod.check`: regex, min/max, refine, superRefine) on
 * the same output. It only answers "valid, here is zod's output" or "invalid": an invalid document
 * goes through `schema.safeParse` for the messages, so every problem is still zod's. A node type it
 * does not know is handed to zod whole, so an unknown kind can cost speed, never correctness.
 * (One difference JSON cannot produce: an array carrying extra non-index properties keeps them.)
 */
import type { z } from 'zod';

export const INVALID: unique symbol = Symbol('invalid');
type Parse = (value: unknown) => unknown;

type Internals = {
  def: Record<string, unknown> & { type: string; checks?: Schema[] };
  traits: Set<string>;
  optin?: string;
  optout?: string;
  values?: Set<unknown>;
  check?: (payload: Payload) => unknown;
};
type Schema = { _zod: Internals };
type Payload = { value: unknown; issues: unknown[] };

const cache = new WeakMap<object, Parse>();

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function byZod(schema: Schema): Parse {
  const zod = schema as unknown as z.ZodType;
  return (value) => {
    const result = zod.safeParse(value);
    return result.success ? result.data : INVALID;
  };
}

/** zod's handlePropertyResult, without the issues: false when the object is invalid. */
function setProperty(
  out: Record<string, unknown>,
  present: boolean,
  key: string,
  r: unknown,
  field: Internals,
) {
  const { optin, optout } = field;
  if (!present && optout === 'optional' && optin === 'optional') return true;
  if (r === INVALID) return optin !== undefined && optout === 'optional' && !present;
  if (!present && optin === undefined) return false;
  if (r === undefined) {
    if (present || (optin === 'defaulted' && optout !== 'optional')) out[key] = undefined;
  } else out[key] = r;
  return true;
}

/**
 * Copy on write: a record the schema leaves as it is (no default filled in, no key stripped) is
 * returned itself, not copied. Zod copies every record; on 10,000 sites the copies cost more in
 * garbage collection than the checks. The atlas is read-only downstream, so sharing is safe.
 */
function objectParser(schema: Schema, def: Internals['def']): Parse {
  const shape = def.shape as Record<string, Schema>;
  const catchall = def.catchall as Schema | undefined;
  if (catchall && catchall._zod.def.type !== 'never') return byZod(schema);
  if (Object.getOwnPropertySymbols(shape).length) return byZod(schema);
  const strict = catchall !== undefined;
  const keys = Object.keys(shape).filter((key) => key !== '__proto__');
  const fields = keys.map((key) => shape[key]!._zod);
  const parsers = keys.map((key) => compile(shape[key]!));
  return (input) => {
    if (!isObject(input)) return INVALID;
    let out: Record<string, unknown> | undefined;
    let presentKeys = 0;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      const value = input[key];
      const present = value !== undefined || key in input;
      if (present) presentKeys++;
      const r = parsers[i]!(value);
      if (out === undefined && r !== INVALID && (r !== value || (!present && r !== undefined))) {
        out = copyKeys(input, keys, i);
      }
      if (!setProperty(out ?? {}, present, key, r, fields[i]!)) return INVALID;
    }
    // More own keys than shape keys present: some key is not in the shape.
    let inputKeys = 0;
    for (const key in input) if (Object.hasOwn(input, key)) inputKeys++;
    if (inputKeys !== presentKeys) {
      if (strict) return INVALID;
      return out ?? copyKeys(input, keys, keys.length); // strip the unknown keys
    }
    return out ?? input;
  };
}

function copyKeys(input: Record<string, unknown>, keys: readonly string[], end: number) {
  const out: Record<string, unknown> = {};
  for (let j = 0; j < end; j++) if (keys[j]! in input) out[keys[j]!] = input[keys[j]!];
  return out;
}

function baseParser(schema: Schema): Parse {
  const internals = schema._zod;
  const def = internals.def;
  if (def.coerce) return byZod(schema);
  switch (def.type) {
    case 'string':
      return (v) => (typeof v === 'string' ? v : INVALID);
    case 'number':
      return (v) => (typeof v === 'number' && Number.isFinite(v) ? v : INVALID);
    case 'boolean':
      return (v) => (typeof v === 'boolean' ? v : INVALID);
    case 'enum':
    case 'literal': {
      const values = internals.values;
      return values ? (v) => (values.has(v) ? v : INVALID) : byZod(schema);
    }
    case 'optional': {
      if (internals.traits.has('$ZodExactOptional')) return byZod(schema);
      const innerType = def.innerType as Schema;
      const inner = compile(innerType);
      if (innerType._zod.optin === 'defaulted') return inner;
      return (v) => (v === undefined ? undefined : inner(v));
    }
    case 'nullable': {
      const inner = compile(def.innerType as Schema);
      return (v) => (v === null ? null : inner(v));
    }
    case 'default': {
      const inner = compile(def.innerType as Schema);
      return (v) => {
        if (v === undefined) return def.defaultValue; // zod's getter: a fresh copy each time
        const r = inner(v);
        return r === undefined ? def.defaultValue : r;
      };
    }
    case 'array': {
      const element = compile(def.element as Schema);
      return (input) => {
        if (!Array.isArray(input)) return INVALID;
        let out: unknown[] | undefined; // copy on write, as for objects
        for (let i = 0; i < input.length; i++) {
          const r = element(input[i]);
          if (r === INVALID) return INVALID;
          if (out === undefined && r !== input[i]) out = input.slice(0, i);
          if (out) out[i] = r;
        }
        return out ?? input;
      };
    }
    case 'object':
      return objectParser(schema, def);
    default:
      return byZod(schema);
  }
}

/** The checks zod runs after a node's parser, in zod's order: the node itself first if it is one. */
function withChecks(schema: Schema, parse: Parse): Parse {
  const internals = schema._zod;
  const checks = [...(internals.traits.has('$ZodCheck') ? [schema] : []), ...(internals.def.checks ?? [])];
  if (!checks.length) return parse;
  return (value) => {
    const parsed = parse(value);
    if (parsed === INVALID) return INVALID;
    const payload: Payload = { value: parsed, issues: [] };
    for (const check of checks) {
      const when = check._zod.def.when as ((p: Payload) => boolean) | undefined;
      if (when && !when(payload)) continue;
      const result = check._zod.check!(payload);
      if (result instanceof Promise || payload.issues.length) return INVALID;
    }
    return payload.value;
  };
}

function compile(schema: Schema): Parse {
  const known = cache.get(schema);
  if (known) return known;
  // A recursive schema meets itself while compiling: the placeholder calls the finished parser.
  const finished: { parse?: Parse } = {};
  cache.set(schema, (value) => finished.parse!(value));
  const parse = withChecks(schema, baseParser(schema));
  finished.parse = parse;
  cache.set(schema, parse);
  return parse;
}

/** zod's output for `value` when the schema accepts it, else INVALID (ask zod for the problems). */
export function fastParse<T extends z.ZodType>(schema: T, value: unknown): z.output<T> | typeof INVALID {
  return compile(schema as unknown as Schema)(value) as z.output<T> | typeof INVALID;
}
