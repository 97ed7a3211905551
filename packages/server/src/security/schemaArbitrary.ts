/**
 * fast-check arbitraries made from a route's JSON schema (the subset `z.toJSONSchema` writes): mostly-valid values
 * that reach the store, with hostile values mixed in at any depth (wrong types, huge numbers, NaN-like strings,
 * very long strings, control characters, odd unicode, deep nesting, extra fields). Written here rather than taken
 * from a package because the hostile mixing is the point, and the schema subset is small.
 */
import fc from "fast-check";
import type { JsonSchema } from "./openapiOps.js";

/**
 * How a generated value may be hostile: `oneIn` replaces a node by a hostile value about once in n draws (0 never);
 * `text` keeps every value valid except that free text gets control characters or odd unicode put inside it.
 */
export interface Hostility {
  oneIn: number;
  text?: boolean;
}

const CONTROL = [..."\u0000\u0001\u0007\b\t\n\v\f\r\u001b\u001f\u007f\u0085\u2028\u2029\u200b\u202e\ufeff"];

/** Strings a validator or a database may trip on. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    "",
    " ",
    "NaN",
    "Infinity",
    "-Infinity",
    "1e309",
    "-0",
    "0x10",
    "null",
    "undefined",
    "true",
    "__proto__",
    "constructor",
    "' OR 1=1 --",
    '"; DROP TABLE sets; --',
    "<script>alert(1)</script>",
    "../../etc/passwd",
    "%00",
    "\u0000",
    "a\u0000b",
    "\ud800",
    "\udfff",
    "👍🏽‍",
    "\u202eevil",
    "Ｒｅｐｓ",
    "ß".repeat(300),
    "2026-02-30",
    "0001-01-01",
    "1899-12-31",
    "9999-12-31",
    "275760-09-13",
    "2026-11-25T25:61:00Z",
    "00000000-0000-0000-0000-000000000000",
  ),
  fc.string({ unit: fc.constantFrom(...CONTROL), maxLength: 20 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.integer({ min: 1_000, max: 300_000 }).map((n) => "x".repeat(n)),
);

const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(
    -0,
    -1,
    0.5,
    1e308,
    -1e308,
    5e-324,
    2 ** 53 + 2,
    -(2 ** 63),
    2 ** 31,
    Number.MAX_SAFE_INTEGER,
    Number.MIN_SAFE_INTEGER,
  ),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
);

const DEEP = "\u0000deep:";

/**
 * A value nested thousands deep, as JSON allows and a recursive walker may not survive. It stands in the value as
 * a marker string that `toJsonText` expands, so neither fast-check nor the test recurses through it.
 */
const deepNesting: fc.Arbitrary<string> = fc
  .tuple(fc.integer({ min: 50, max: 100_000 }), fc.boolean())
  .map(([depth, arrays]) => `${DEEP}${arrays ? "a" : "o"}${depth}`);

/** JSON text of a generated value, with each deep-nesting marker expanded into the nested text it stands for. */
export function toJsonText(v: unknown): string {
  const text = JSON.stringify(v) ?? "null";
  return text.replace(/"\\u0000deep:([ao])(\d+)"/g, (_, kind: string, n: string) => {
    const depth = Number(n);
    return kind === "a" ? `${"[".repeat(depth)}1${"]".repeat(depth)}` : `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`;
  });
}

/** Any hostile JSON value: a wrong type, an odd number or string, a deep nest or a big array. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  hostileNumber,
  fc.constantFrom(null, true, false, {}, [], JSON.parse('{"__proto__":{"admin":true}}'), {
    constructor: { prototype: 1 },
  }),
  deepNesting,
  fc.array(fc.constant("x"), { minLength: 1_000, maxLength: 20_000 }),
  fc.jsonValue({ maxDepth: 3 }),
);

/** Extra fields an object should not have. */
const extraKeys = fc.dictionary(
  fc.oneof(fc.constantFrom("__proto__", "constructor", "id", "userId", "user_id", "admin", "role"), fc.string()),
  hostileValue,
  { maxKeys: 3 },
);

/** Realistic local days around the test clock, plus the edges of what a date string can say. */
const dayString: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: -400, max: 2 }).map((d) => dayOffset(d)) },
  { weight: 1, arbitrary: fc.constantFrom("0001-01-01", "1900-01-01", "2026-02-29", "2100-01-01", "9999-12-31") },
);

function dayOffset(days: number): string {
  return new Date(Date.parse("2026-11-25T12:00:00Z") + days * 86_400_000).toISOString().slice(0, 10);
}

const DAY_PATTERN = "^\\d{4}-\\d{2}-\\d{2}$";

/** Characters put inside otherwise valid text; NUL is drawn most, as databases differ most on it. */
const insertedChars = fc.oneof(
  { weight: 3, arbitrary: fc.constant("\u0000") },
  { weight: 3, arbitrary: fc.constantFrom(...CONTROL) },
  { weight: 1, arbitrary: fc.constantFrom("\ud800", "\udfff", "👍🏽", "\u202e", "\u0301", "Ｒ") },
);

/** Valid text of the schema's length with one to three odd characters inside it (room is left for them). */
function textWithInserts(minLength: number, maxLength: number): fc.Arbitrary<string> {
  const room = 12; // three inserts of at most four UTF-16 units each
  return fc
    .tuple(
      fc.string({ minLength: 0, maxLength: Math.max(0, maxLength - room) }),
      fc.array(fc.tuple(insertedChars, fc.nat()), { minLength: 1, maxLength: 3 }),
    )
    .map(([text, inserts]) => {
      let out = text;
      for (const [ch, at] of inserts) {
        const i = at % (out.length + 1);
        out = out.slice(0, i) + ch + out.slice(i);
      }
      return out.length >= minLength ? out : out.padEnd(minLength, "z");
    });
}

function stringOf(s: JsonSchema, h: Hostility): fc.Arbitrary<string> {
  if (s.pattern === DAY_PATTERN) return dayString;
  if (s.format === "date-time") {
    return fc.oneof(
      { weight: 8, arbitrary: fc.integer({ min: -400, max: 2 }).map((d) => `${dayOffset(d)}T08:30:00Z`) },
      { weight: 1, arbitrary: fc.constantFrom("0001-01-01T00:00:00Z", "9999-12-31T23:59:59+14:00") },
    );
  }
  if (s.format === "uuid") return fc.uuid();
  if (s.pattern) {
    try {
      return fc.stringMatching(new RegExp(s.pattern));
    } catch {
      // A pattern fast-check cannot read: plain strings, the validator will judge them.
    }
  }
  const minLength = s.minLength ?? 0;
  const maxLength = Math.min(s.maxLength ?? 60, minLength + 60);
  if (h.text) return textWithInserts(minLength, s.maxLength ?? 200);
  return fc.oneof(
    { weight: 4, arbitrary: fc.string({ minLength, maxLength }) },
    { weight: 1, arbitrary: fc.string({ unit: "grapheme", minLength, maxLength }) },
    ...(s.maxLength !== undefined ? [{ weight: 1, arbitrary: fc.constant("y".repeat(s.maxLength)) }] : []),
  );
}

function numberOf(s: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const min = s.minimum ?? s.exclusiveMinimum ?? -1e6;
  const max = s.maximum ?? s.exclusiveMaximum ?? 1e6;
  if (integer) return fc.integer({ min: Math.ceil(min), max: Math.floor(max) });
  return fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
}

function objectOf(s: JsonSchema, h: Hostility, depth: number): fc.Arbitrary<Record<string, unknown>> {
  const props = s.properties ?? {};
  const model = Object.fromEntries(Object.entries(props).map(([k, v]) => [k, fromSchema(v, h, depth + 1)]));
  const requiredKeys = (s.required ?? []).filter((k) => k in props);
  const base: fc.Arbitrary<Record<string, unknown>> =
    Object.keys(props).length === 0 && s.additionalProperties !== false
      ? fc.dictionary(fc.string({ maxLength: 10 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 })
      : fc.record(model, { requiredKeys });
  if (h.oneIn === 0) return base;
  // Now and then a required field goes missing or extra fields come along.
  return fc
    .tuple(
      base,
      fc.nat({ max: h.oneIn * 2 }),
      extraKeys,
      fc.constantFrom(...(requiredKeys.length ? requiredKeys : [""])),
    )
    .map(([obj, roll, extra, drop]) => {
      if (roll === 0) return { ...obj, ...extra };
      if (roll === 1 && drop) {
        const { [drop]: _gone, ...rest } = obj;
        return rest;
      }
      return obj;
    });
}

function typed(type: string, s: JsonSchema, h: Hostility, depth: number): fc.Arbitrary<unknown> {
  switch (type) {
    case "object":
      return objectOf(s, h, depth);
    case "array": {
      if (s.prefixItems) return fc.tuple(...s.prefixItems.map((p) => fromSchema(p, h, depth + 1)));
      const items = s.items ? fromSchema(s.items, h, depth + 1) : fc.jsonValue({ maxDepth: 1 });
      const minLength = s.minItems ?? 0;
      return fc.array(items, { minLength, maxLength: Math.min(s.maxItems ?? 6, minLength + 6) });
    }
    case "string":
      return stringOf(s, h);
    case "integer":
      return numberOf(s, true);
    case "number":
      return numberOf(s, false);
    case "boolean":
      return fc.boolean();
    case "null":
      return fc.constant(null);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/**
 * Values for one schema node. With `h.oneIn` > 0 each node is replaced by a hostile value about once in `oneIn`
 * draws, so most bodies are valid around one broken field, which is where half-written records would come from.
 */
export function fromSchema(s: JsonSchema, h: Hostility, depth = 0): fc.Arbitrary<unknown> {
  let valid: fc.Arbitrary<unknown>;
  if (s.const !== undefined) valid = fc.constant(s.const);
  else if (s.enum) valid = fc.constantFrom(...s.enum);
  else if (s.anyOf || s.oneOf) valid = fc.oneof(...(s.anyOf ?? s.oneOf ?? []).map((x) => fromSchema(x, h, depth)));
  else if (Array.isArray(s.type)) valid = fc.oneof(...s.type.map((t) => typed(t, s, h, depth)));
  else valid = typed(s.type ?? "any", s, h, depth);
  if (h.oneIn === 0 || depth > 6) return valid;
  return fc.oneof({ weight: h.oneIn - 1, arbitrary: valid }, { weight: 1, arbitrary: hostileValue });
}

/** Every path to a value inside a JSON value. */
function paths(v: unknown, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at);
  if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) paths(x, [...at, k], out);
  return out;
}

/** A copy of a JSON value with the value at each picked place replaced (places are picked in the original). */
export function replaceAt(v: unknown, edits: [number, unknown][]): unknown {
  let copy = structuredClone(v);
  const all = paths(v);
  for (const [pick, value] of edits) {
    const path = all[pick % all.length] ?? [];
    if (path.length === 0) {
      copy = value;
      continue;
    }
    let node: unknown = copy;
    for (const k of path.slice(0, -1))
      node = node && typeof node === "object" ? (node as Record<string, unknown>)[k] : undefined;
    if (node && typeof node === "object") (node as Record<string, unknown>)[path[path.length - 1] as string] = value;
  }
  return copy;
}

/** Bodies that are not JSON, or JSON no route takes. */
const brokenJson = fc.constantFrom(
  "",
  "{",
  '{"a":',
  "[1,]",
  "nul",
  "\u0000",
  "{}garbage",
  '"\\ud800"',
  '{"__proto__":{"admin":true}}',
  '{"a":1,"a":2}',
  "1e999999",
);

/**
 * The text of a request body for a JSON route: mostly schema-shaped (valid, or valid around hostile fields),
 * sometimes a hostile value in place of the object, sometimes text that is not JSON at all.
 */
export function bodyFor(schema: JsonSchema): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: fromSchema(schema, { oneIn: 0 }).map(toJsonText) },
    // A valid body with one value replaced, at any depth: a refused field must not leave the rest stored.
    {
      weight: 5,
      arbitrary: fc
        .tuple(fromSchema(schema, { oneIn: 0 }), fc.nat(), hostileValue)
        .map(([valid, pick, value]) => toJsonText(replaceAt(valid, [[pick, value]]))),
    },
    { weight: 2, arbitrary: fromSchema(schema, { oneIn: 6 }).map(toJsonText) },
    // Valid in every field but with control characters or odd unicode inside the free text.
    { weight: 3, arbitrary: fromSchema(schema, { oneIn: 0, text: true }).map(toJsonText) },
    { weight: 1, arbitrary: hostileValue.map(toJsonText) },
    { weight: 1, arbitrary: brokenJson },
  );
}
