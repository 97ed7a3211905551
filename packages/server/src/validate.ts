/** Input validation at the edge: JSON bodies and query strings through Zod, failures as VALIDATION_FAILED. */
import type { Context } from "hono";
import type { ZodType, z } from "zod";
import { ApiError, type ErrorDetail } from "./errors.js";

/** Turns Zod issues into the API's details list (`path` as dotted field names). */
export function zodDetails(issues: readonly z.core.$ZodIssue[]): ErrorDetail[] {
  return issues.map((i) => {
    let path = i.path.map(String).join(".");
    let message = i.message;
    if (i.code === "unrecognized_keys") {
      const keys = (i as { keys?: string[] }).keys ?? [];
      path = [path, keys[0]].filter(Boolean).join(".");
      message = `unknown field${keys.length > 1 ? `s: ${keys.join(", ")}` : ""}`;
    }
    return { path: path || "(body)", message };
  });
}

/** Parses a value with a schema or throws VALIDATION_FAILED naming each field at fault. */
export function parseWith<S extends ZodType>(schema: S, value: unknown): z.infer<S> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const details = zodDetails(r.error.issues);
  const first = details[0];
  throw new ApiError(
    "VALIDATION_FAILED",
    first ? `${first.path}: ${first.message}` : "The request is not valid.",
    details,
  );
}

/** Reads the request body as JSON (whatever the content type says) and validates it. */
export async function jsonBody<S extends ZodType>(c: Context, schema: S): Promise<z.infer<S>> {
  const text = await c.req.text();
  let value: unknown;
  try {
    value = text.length === 0 ? {} : JSON.parse(text);
  } catch {
    throw new ApiError("VALIDATION_FAILED", "The body is not valid JSON.", [
      { path: "(body)", message: "not valid JSON" },
    ]);
  }
  return parseWith(schema, value);
}

/** Validates the query string against a schema (every value arrives as a string). */
export function queryOf<S extends ZodType>(c: Context, schema: S): z.infer<S> {
  return parseWith(schema, c.req.query());
}

/** A path parameter of the matched route (always present for a route that declares it). */
export function pathParam(c: Context, name: string): string {
  const v = c.req.param(name) as string | undefined;
  if (!v) throw new ApiError("NOT_FOUND", "There is no such endpoint.");
  return v;
}
