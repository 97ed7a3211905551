/**
 * A type-level check that an answer schema lists every field of the core type a route answers. The answer check at
 * run time (server `routes.ts`) only sees the fields a test happens to send; this sees every optional one too, so
 * `npm run check` fails the moment a rule's type grows a field the contract does not describe. `openPlaces` finds what
 * a JSON Schema (the OpenAPI document's) leaves undescribed.
 */

type KeysOf<S> = S extends unknown ? keyof S : never;
type FieldOf<S, K extends PropertyKey> = S extends unknown ? (K extends keyof S ? S[K] : never) : never;

/**
 * The fields of `T` (a core type) that `S` (an answer schema's output type) does not list, as dotted paths; `never`
 * when it lists them all. Arrays and nullable fields are followed; each member of a union is checked.
 */
export type UnlistedFields<T, S, P extends string = ""> = T extends readonly (infer TI)[]
  ? UnlistedFields<TI, S extends readonly (infer SI)[] ? SI : never, P>
  : T extends object
    ? {
        [K in keyof T & string]-?: K extends KeysOf<NonNullable<S>>
          ? UnlistedFields<NonNullable<T[K]>, NonNullable<FieldOf<NonNullable<S>, K>>, `${P}${K}.`>
          : `${P}${K}`;
      }[keyof T & string]
    : never;

type Json = { [k: string]: unknown };

/**
 * The places in a JSON Schema that do not say what they hold (an object that takes fields it does not list, a value
 * of any shape), as `at.path: what` strings; empty when the schema describes every field. The route table's test and
 * the server's OpenAPI test both use it.
 */
export function openPlaces(schema: unknown, at: string): string[] {
  if (schema === true || (isJson(schema) && Object.keys(schema).every((k) => k === "description")))
    return [`${at}: any`];
  if (!isJson(schema)) return [];
  const out: string[] = [];
  const extra = schema.additionalProperties;
  if (schema.type === "object") {
    // A record's values are described by `additionalProperties`; any other object must not take more fields.
    if (isJson(extra) && Object.keys(extra).length > 0) out.push(...openPlaces(extra, `${at}{*}`));
    else if (extra !== false) out.push(`${at}: open object`);
    for (const [k, v] of Object.entries((schema.properties as Json | undefined) ?? {}))
      out.push(...openPlaces(v, `${at}.${k}`));
  }
  for (const items of [schema.items, schema.prefixItems]) {
    for (const item of Array.isArray(items) ? items : items === undefined ? [] : [items])
      out.push(...openPlaces(item, `${at}[]`));
  }
  for (const k of ["anyOf", "oneOf", "allOf"]) {
    for (const member of (schema[k] as unknown[] | undefined) ?? []) out.push(...openPlaces(member, at));
  }
  return out;
}

function isJson(v: unknown): v is Json {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
