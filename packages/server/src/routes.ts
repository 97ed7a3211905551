/**
 * Registering a route once for both Hono and the OpenAPI document, with the login check applied unless the route
 * is public. Route files call `r.route(doc, handler)`. Each route's success answer is looked up in core's route
 * table (`API_ROUTES`); under test the registrar checks every JSON answer against it and throws on a mismatch, so a
 * route that leaves its schema fails the test that called it. Production never pays for the check.
 */
import { answerSchemaOf } from "@spotter/core";
import type { Context, Handler, MiddlewareHandler } from "hono";
import type { ZodType } from "zod";
import type { App, AppEnv, RouteDoc } from "./context.js";

/** A success answer that does not fit its route's schema (only raised under test). */
export class AnswerMismatchError extends Error {
  override readonly name = "AnswerMismatchError";
}

/** The options of a registrar. */
export interface RoutesOptions {
  /** Check every success answer against the route table (tests only). */
  checkAnswers?: boolean;
}

/** The answer schema of a route: the doc's own, else the route table's (null: no JSON body; undefined: unknown). */
export function answerSchemaFor(doc: RouteDoc): ZodType | null | undefined {
  return doc.response !== undefined ? doc.response : answerSchemaOf(doc.method, doc.path);
}

/** Checks one answer and throws an `AnswerMismatchError` naming the route and each field that does not fit. */
export async function checkAnswer(doc: RouteDoc, res: Response): Promise<void> {
  if (res.status < 200 || res.status >= 300) return;
  const key = `${doc.method} ${doc.path}`;
  const schema = answerSchemaFor(doc);
  const json = (res.headers.get("content-type") ?? "").includes("application/json");
  if (schema === undefined) throw new AnswerMismatchError(`${key} has no answer schema in core's API_ROUTES`);
  if (schema === null) {
    if (json) throw new AnswerMismatchError(`${key} answered JSON but API_ROUTES says it answers none`);
    return;
  }
  if (!json) throw new AnswerMismatchError(`${key} answered ${res.headers.get("content-type")}, not JSON`);
  const body: unknown = await res.clone().json();
  const result = schema.safeParse(body);
  if (!result.success) {
    const fields = result.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`);
    throw new AnswerMismatchError(`${key} answered outside its schema: ${fields.slice(0, 10).join("; ")}`);
  }
  // An object schema drops the fields it does not list, so the parse alone passes an answer with more fields than
  // the OpenAPI document describes; what the parse dropped is a field the schema does not allow.
  const unlisted = droppedFields(body, result.data);
  if (unlisted.length) {
    throw new AnswerMismatchError(
      `${key} answered fields its schema does not list: ${unlisted.slice(0, 10).join("; ")}`,
    );
  }
}

/** The paths of object fields present in `sent` and absent from `parsed` (the schema's output of it). */
export function droppedFields(sent: unknown, parsed: unknown, at = ""): string[] {
  if (Array.isArray(sent) && Array.isArray(parsed)) {
    return sent.flatMap((item, i) => droppedFields(item, parsed[i], `${at}[${i}]`));
  }
  if (!isPlainObject(sent) || !isPlainObject(parsed)) return [];
  return Object.entries(sent).flatMap(([k, v]) => {
    const path = at ? `${at}.${k}` : k;
    return k in parsed ? droppedFields(v, parsed[k], path) : [path];
  });
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** A route registrar bound to the API app. */
export class Routes {
  readonly docs: RouteDoc[] = [];

  constructor(
    private readonly app: App,
    private readonly auth: MiddlewareHandler<AppEnv>,
    private readonly options: RoutesOptions = {},
  ) {}

  /** Registers a handler for the documented method and path. */
  route(doc: RouteDoc, handler: Handler<AppEnv>): void {
    this.docs.push(doc);
    const run = this.options.checkAnswers ? checked(doc, handler) : handler;
    const handlers: (Handler<AppEnv> | MiddlewareHandler<AppEnv>)[] = doc.public ? [run] : [this.auth, run];
    this.app.on(doc.method.toUpperCase(), doc.path, ...(handlers as [Handler<AppEnv>]));
  }
}

function checked(doc: RouteDoc, handler: Handler<AppEnv>): Handler<AppEnv> {
  return async (c: Context<AppEnv>, next) => {
    const res = await handler(c, next);
    if (res instanceof Response) {
      try {
        await checkAnswer(doc, res);
      } catch (err) {
        // The 500 a test then sees says little; the log line says which field left the schema.
        console.error(String(err));
        throw err;
      }
    }
    return res;
  };
}
