/**
 * Registering a route once for both Hono and the OpenAPI document, with the login check applied unless the route
 * is public. Route files call `r.route(doc, handler)`.
 */
import type { Handler, MiddlewareHandler } from "hono";
import type { App, AppEnv, RouteDoc } from "./context.js";

/** A route registrar bound to the API app. */
export class Routes {
  readonly docs: RouteDoc[] = [];

  constructor(
    private readonly app: App,
    private readonly auth: MiddlewareHandler<AppEnv>,
  ) {}

  /** Registers a handler for the documented method and path. */
  route(doc: RouteDoc, handler: Handler<AppEnv>): void {
    this.docs.push(doc);
    const handlers: (Handler<AppEnv> | MiddlewareHandler<AppEnv>)[] = doc.public ? [handler] : [this.auth, handler];
    this.app.on(doc.method.toUpperCase(), doc.path, ...(handlers as [Handler<AppEnv>]));
  }
}
