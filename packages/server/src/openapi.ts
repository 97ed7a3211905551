/** The OpenAPI 3.1 document, generated from the registered routes and their Zod schemas. */
import { z } from "zod";
import type { RouteDoc } from "./context.js";
import { answerSchemaFor } from "./routes.js";

const errorSchema = {
  type: "object",
  properties: {
    error: {
      type: "object",
      required: ["code", "message"],
      properties: {
        code: { type: "string" },
        message: { type: "string" },
        details: {
          type: "array",
          items: { type: "object", properties: { path: { type: "string" }, message: { type: "string" } } },
        },
      },
    },
  },
};

function jsonSchema(s: z.ZodType, io: "input" | "output" = "input"): unknown {
  try {
    return z.toJSONSchema(s, { io, unrepresentable: "any" });
  } catch {
    return { type: "object" };
  }
}

const ERROR_WORDS: Record<number, string> = {
  400: "Bad input (VALIDATION_FAILED, naming each field)",
  401: "Not logged in (UNAUTHENTICATED)",
  403:
    "Refused: a cookie-authenticated write from another site's page (FORBIDDEN), a disabled account " +
    "(ACCOUNT_DISABLED), or registration that needs an invite (INVITE_REQUIRED)",
  404: "No such record of this user (NOT_FOUND; another user's record answers the same)",
  409: "Conflict with what is stored",
  413: "The body is too large (PAYLOAD_TOO_LARGE)",
  415: "A cookie-authenticated write whose body is not JSON (UNSUPPORTED_MEDIA_TYPE)",
  423: "Training is locked (TRAINING_LOCKED)",
  429: "Too many requests (RATE_LIMITED); retry after the Retry-After header's seconds",
  503: "The database is unreachable or busy (UNAVAILABLE); retry after the Retry-After header's seconds",
};

/** The error answers of a route (API.md "Errors"), each with the one error body shape. */
function errorResponses(d: RouteDoc, hasPathParams: boolean): Record<string, unknown> {
  const codes = new Set<number>([400, ...(d.errors ?? [])]);
  if (!d.public) codes.add(401);
  // A disabled account's sessions and tokens are refused everywhere; registration may need an invite.
  if (!d.public || d.path === "/auth/login" || d.path === "/auth/register") codes.add(403);
  // Admin routes answer 404 to anyone but an admin, as if they did not exist.
  if (hasPathParams || d.path.startsWith("/admin/")) codes.add(404);
  if (d.body || d.path === "/import") codes.add(413);
  // Every route reads or writes the database, so any of them answers 503 while it is unreachable.
  codes.add(503);
  // The cross-site check (auth/csrf.ts) answers these to any write without a bearer token.
  if (d.method !== "get") for (const code of [403, 415]) codes.add(code);
  return Object.fromEntries(
    [...codes]
      .sort((a, b) => a - b)
      .map((code) => [
        String(code),
        { description: ERROR_WORDS[code], content: { "application/json": { schema: errorSchema } } },
      ]),
  );
}

/** Builds the OpenAPI document for a list of routes served under `/api/v1`. */
export function openApiDocument(docs: RouteDoc[]): unknown {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const d of docs) {
    const path = d.path.replace(/:([A-Za-z]+)/g, "{$1}");
    const params = [...d.path.matchAll(/:([A-Za-z]+)/g)].map((m) => ({
      name: m[1],
      in: "path",
      required: true,
      schema: { type: "string" },
    }));
    const query = d.query ? (jsonSchema(d.query) as { properties?: Record<string, unknown> }) : undefined;
    for (const [name, schema] of Object.entries(query?.properties ?? {})) {
      // A parameter's own description (e.g. a date's window and a range's cap) is shown beside it, not only inside.
      const description = (schema as { description?: unknown }).description;
      params.push({
        name,
        in: "query",
        required: false,
        schema: schema as { type: string },
        ...(typeof description === "string" ? { description } : {}),
      });
    }
    const [status, description] = d.ok ?? [200, "OK"];
    // The success answer, from core's route table (API_ROUTES); null means no JSON body (204, CSV, a report page).
    const answer = answerSchemaFor(d);
    const success = answer
      ? { description, content: { "application/json": { schema: jsonSchema(answer, "output") } } }
      : { description };
    paths[path] ??= {};
    (paths[path] as Record<string, unknown>)[d.method] = {
      summary: d.summary,
      tags: [d.tag],
      ...(params.length ? { parameters: params } : {}),
      ...(d.body
        ? { requestBody: { required: true, content: { "application/json": { schema: jsonSchema(d.body) } } } }
        : {}),
      ...(d.public ? { security: [] } : {}),
      responses: {
        [status]: success,
        ...errorResponses(
          d,
          params.some((p) => p.in === "path"),
        ),
      },
    };
  }
  return {
    openapi: "3.1.0",
    info: { title: "Spotter API", version: "1.0.0", description: "The HTTP contract of Spotter (see API.md)." },
    servers: [{ url: "/api/v1" }],
    components: {
      securitySchemes: {
        cookie: { type: "apiKey", in: "cookie", name: "spotter_session" },
        bearer: { type: "http", scheme: "bearer" },
      },
    },
    security: [{ cookie: [] }, { bearer: [] }],
    paths,
  };
}
