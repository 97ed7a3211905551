/** Input validation at the edge: JSON bodies and query strings through Zod, failures as VALIDATION_FAILED. */
import { findBadText, textProblem } from "@spotter/core";
import type { Context } from "hono";
import type { ZodType, z } from "zod";
import { ApiError, type ErrorDetail } from "./errors.js";

const TYPE_WORDS: Record<string, string> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  array: "a list",
  object: "an object",
};

/** Zod's own wording ("Too small: expected string to have >=2 characters") in plain words; our messages pass through. */
function plainMessage(i: z.core.$ZodIssue): string {
  const m = i.message;
  // A missing field is "required" whatever its type's own message says.
  if (i.code === "invalid_type" && (i as { input?: unknown }).input === undefined) return "is required";
  const generic = /^(Invalid|Too (small|big)|Expected|Unrecognized)/.test(m);
  if (!generic) return m;
  const issue = i as z.core.$ZodIssue & {
    expected?: string;
    origin?: string;
    minimum?: number | bigint;
    maximum?: number | bigint;
    inclusive?: boolean;
    values?: unknown[];
    input?: unknown;
  };
  switch (i.code) {
    case "invalid_type":
      return issue.input === undefined
        ? "is required"
        : `must be ${TYPE_WORDS[issue.expected ?? ""] ?? issue.expected}`;
    case "too_small":
      if (issue.origin === "string")
        return `must be at least ${issue.minimum} character${issue.minimum === 1 ? "" : "s"}`;
      if (issue.origin === "array") return `must hold at least ${issue.minimum} item${issue.minimum === 1 ? "" : "s"}`;
      return `must be ${issue.inclusive === false ? "more than" : "at least"} ${issue.minimum}`;
    case "too_big":
      if (issue.origin === "string") return `must be at most ${issue.maximum} characters`;
      if (issue.origin === "array") return `must hold at most ${issue.maximum} items`;
      return `must be ${issue.inclusive === false ? "less than" : "at most"} ${issue.maximum}`;
    case "invalid_value":
      return `must be one of: ${(issue.values ?? []).map(String).join(", ")}`;
    case "invalid_format":
      return "is not in the expected format";
    default:
      return m;
  }
}

/** Turns Zod issues into the API's details list (`path` as dotted field names, messages in plain words). */
export function zodDetails(issues: readonly z.core.$ZodIssue[]): ErrorDetail[] {
  return issues.map((i) => {
    let path = i.path.map(String).join(".");
    let message = plainMessage(i);
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
  refuseBadText(value);
  return parseWith(schema, value);
}

/**
 * The text rule (core/records/text.ts) over a whole body or query: a control character or half a character in any
 * text, known field or not, is a 400 naming where it is. Each field's schema adds its own stricter rule (single-line
 * fields refuse tabs and line breaks too), so both engines are only ever asked to store text both accept.
 */
function refuseBadText(value: unknown): void {
  const bad = findBadText(value);
  if (bad) throw new ApiError("VALIDATION_FAILED", `${bad.path}: ${bad.message}`, [bad]);
}

/** Validates the query string against a schema (every value arrives as a string). */
export function queryOf<S extends ZodType>(c: Context, schema: S): z.infer<S> {
  const query = c.req.query();
  refuseBadText(query);
  return parseWith(schema, query);
}

/**
 * A path parameter of the matched route (always present for a route that declares it). An id is short printable
 * text: one with control characters, half a character or hundreds of characters names no record, so it is a 404
 * before any query (PostgreSQL would refuse a NUL with an error, SQLite would look it up).
 */
export function pathParam(c: Context, name: string): string {
  const v = c.req.param(name) as string | undefined;
  if (!v) throw new ApiError("NOT_FOUND", "There is no such endpoint.");
  if (v.length > 200 || textProblem(v, false) !== null) throw new ApiError("NOT_FOUND", "No record with that id.");
  return v;
}
