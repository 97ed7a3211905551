/**
 * Every success answer of the route table is fully described: its JSON Schema (what the OpenAPI document shows)
 * has no open object (one that takes fields it does not list) and no value of any shape. Together with the answer
 * check at run time this is what makes a field the document does not describe fail `npm run check`.
 */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { API_ROUTES } from "./routes.js";
import { openPlaces } from "./shapes.js";

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
