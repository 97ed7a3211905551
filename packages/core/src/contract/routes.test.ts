/**
 * Every success answer of the route table is fully described: its JSON Schema (what the OpenAPI document shows)
 * has no open object (one that takes fields it does not list) and no value of any shape. Together with the answer
 * check at run time this is what makes a field the document does not describe fail `npm run check`.
 */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { API_ROUTES } from "./routes.js";

type Json = { [k: string]: unknown };

/** The places in a JSON Schema that do not say what they hold, as `route.path` strings. */
function openPlaces(schema: unknown, at: string): string[] {
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

describe("contract: the route table", () => {
  it("every JSON success answer is fully described: no open object, no value of any shape", () => {
    const open = Object.entries(API_ROUTES).flatMap(([route, schema]) =>
      schema ? openPlaces(z.toJSONSchema(schema, { io: "output", unrepresentable: "any" }), route) : [],
    );
    expect(open).toEqual([]);
  });

  it("the check finds an open object, a value of any shape and an open record", () => {
    const loose = z.object({ a: z.object({}).loose(), b: z.array(z.unknown()), c: z.record(z.string(), z.any()) });
    expect(openPlaces(z.toJSONSchema(loose, { io: "output" }), "t").sort()).toEqual(
      ["t.a: open object", "t.b[]: any", "t.c: open object"].sort(),
    );
  });
});
