/**
 * The operations of the API as its own OpenAPI document lists them, fetched from the running app, so the security
 * suites (isolation matrix, fuzz) cover every route, including ones added after the suites were written.
 */
import type { TestServer } from "../testing/harness.js";

/** A JSON schema as `z.toJSONSchema` writes it (only the keywords the suites read are typed). */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema | false;
  prefixItems?: JsonSchema[];
  minItems?: number;
  maxItems?: number;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
}

/** One method on one path of the document. */
export interface Operation {
  method: "get" | "post" | "put" | "patch" | "delete";
  /** The OpenAPI path below `/api/v1`, with `{name}` parameters, e.g. `/sessions/{id}/sets/{setId}`. */
  path: string;
  /** The path parameters in the order they appear. */
  params: string[];
  /** The JSON request body's schema, when the route takes a JSON body. */
  body: JsonSchema | undefined;
  /** The query parameters with their schemas. */
  query: { name: string; schema: JsonSchema }[];
  /** True for routes that need no login. */
  public: boolean;
}

/** Every HTTP method a route could be called with. */
export const METHODS = ["get", "post", "put", "patch", "delete"] as const;

interface OpenApiDoc {
  paths: Record<
    string,
    Record<
      string,
      | {
          security?: unknown[];
          parameters?: { name: string; in: string; schema: JsonSchema }[];
          requestBody?: { content: Record<string, { schema: JsonSchema }> };
        }
      | undefined
    >
  >;
}

/** Fetches `/api/openapi.json` from the test server and lists its operations. */
export async function fetchOperations(server: TestServer): Promise<Operation[]> {
  const res = await fetch(server.url.replace(/\/api\/v1$/, "/api/openapi.json"));
  if (res.status !== 200) throw new Error(`GET /api/openapi.json answered ${res.status}`);
  const doc = (await res.json()) as OpenApiDoc;
  const ops: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const method of METHODS) {
      const op = methods[method];
      if (!op) continue;
      ops.push({
        method,
        path,
        params: [...path.matchAll(/\{([A-Za-z]+)\}/g)].map((m) => m[1] as string),
        body: op.requestBody?.content["application/json"]?.schema,
        query: (op.parameters ?? []).filter((p) => p.in === "query").map(({ name, schema }) => ({ name, schema })),
        public: Array.isArray(op.security) && op.security.length === 0,
      });
    }
  }
  return ops;
}

/** The path with each `{name}` replaced by the value given for it. */
export function fillPath(path: string, values: Record<string, string>): string {
  return path.replace(/\{([A-Za-z]+)\}/g, (_, name: string) => {
    const v = values[name];
    if (v === undefined) throw new Error(`no value for {${name}} in ${path}`);
    return encodeURIComponent(v);
  });
}

/**
 * The record kind a path parameter names: the path up to that parameter, with earlier parameters kept as `{name}`
 * (`/sessions/{id}/sets/{setId}` gives `/sessions` for `id` and `/sessions/{id}/sets` for `setId`).
 */
export function paramKind(path: string, param: string): string {
  const at = path.indexOf(`/{${param}}`);
  if (at < 0) throw new Error(`{${param}} is not in ${path}`);
  return path.slice(0, at);
}
