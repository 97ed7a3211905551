/**
 * The HTTP app: the API under /api/v1 (one route file per feature), the OpenAPI document, and the built web app
 * with its SPA fallback. Errors leave as the API.md shape; nothing else escapes.
 */
import { Hono } from "hono";
import { crossSiteGuard } from "./auth/csrf.js";
import { requireUser } from "./auth/middleware.js";
import { limitBody } from "./bodyLimit.js";
import { compressAnswers } from "./compression.js";
import { closeAfterAnswer, closeWhenBodyUnread } from "./connection.js";
import type { AppDeps, AppEnv } from "./context.js";
import { ApiError } from "./errors.js";
import { securityHeaders } from "./headers.js";
import { registerHealthRoutes } from "./health.js";
import { createLogger, errorFields, requestLog } from "./logging.js";
import { openApiDocument } from "./openapi.js";
import { registerAdminRoutes } from "./routes/admin.js";
import { registerAuthRoutes } from "./routes/auth.js";
import { registerCheckinRoutes } from "./routes/checkins.js";
import { registerDailyRoutes } from "./routes/daily.js";
import { registerDataRoutes } from "./routes/data.js";
import { registerExerciseRoutes } from "./routes/exercises.js";
import { registerInsightsRoutes } from "./routes/insights.js";
import { registerPlanRoutes } from "./routes/plans.js";
import { registerProfileRoutes } from "./routes/profile.js";
import { registerReadinessRoutes } from "./routes/readiness.js";
import { registerReportRoutes } from "./routes/reports.js";
import { registerScreenRoutes } from "./routes/screens.js";
import { registerSessionRoutes } from "./routes/sessions.js";
import { registerSharePage, registerShareRoutes } from "./routes/shares.js";
import { Routes } from "./routes.js";
import { RETRY_AFTER_SECONDS, unavailableError } from "./unavailable.js";
import { registerWebApp } from "./webApp.js";

/** Builds the whole app for the given dependencies. */
export function createApp(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const api = new Hono<AppEnv>();
  const where = { publicUrl: deps.publicUrl, trustProxy: deps.trustProxy };
  const logger = deps.logger ?? createLogger("error", 2);
  app.use(requestLog(logger));
  app.use(securityHeaders(where));
  app.use(closeWhenBodyUnread());
  // The web app's own files carry the build's compressed copies (webApp.ts); answers made here are compressed here.
  app.use("/api/*", compressAnswers());
  app.use("/share/*", compressAnswers());
  const limit = deps.bodyLimitBytes ?? 1024 * 1024;
  // An import carries a whole export file (five years of Strong or a full backup runs to tens of MB).
  const importLimit = deps.importLimitBytes ?? 64 * 1024 * 1024;
  const limitTo = (bytes: number) =>
    limitBody(bytes, () => {
      const size = bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MiB` : `${Math.round(bytes / 1024)} KiB`;
      throw new ApiError("PAYLOAD_TOO_LARGE", `The body is larger than ${size}.`);
    });
  const small = limitTo(limit);
  const large = limitTo(importLimit);
  api.use((c, next) => (c.req.path.endsWith("/api/v1/import") ? large(c, next) : small(c, next)));
  api.use(async (c, next) => {
    await next();
    c.header("Cache-Control", "no-store");
  });
  // Before any route reads a body: a forged write is refused whatever it asks for.
  api.use(crossSiteGuard(where));

  // Under test every answer is checked against its schema (routes.ts); a served app never checks.
  const checkAnswers = deps.checkAnswers ?? process.env.VITEST === "true";
  const routes = new Routes(api, requireUser(deps), { checkAnswers });
  registerAuthRoutes(routes, deps);
  registerProfileRoutes(routes, deps);
  registerCheckinRoutes(routes, deps);
  registerReadinessRoutes(routes, deps);
  registerScreenRoutes(routes, deps);
  registerExerciseRoutes(routes, deps);
  registerSessionRoutes(routes, deps);
  registerDailyRoutes(routes, deps);
  registerInsightsRoutes(routes, deps);
  registerPlanRoutes(routes, deps);
  registerDataRoutes(routes, deps);
  registerReportRoutes(routes, deps);
  registerShareRoutes(routes, deps);
  registerAdminRoutes(routes, deps);

  api.notFound(() => {
    throw new ApiError("NOT_FOUND", "There is no such endpoint.");
  });
  app.onError((err, c) => {
    const known = err instanceof ApiError ? err : unavailableError(err);
    if (known) {
      if (known.code === "UNAVAILABLE") c.header("Retry-After", String(RETRY_AFTER_SECONDS));
      // A 413 comes before the body was read: the connection cannot carry another request.
      if (known.code === "PAYLOAD_TOO_LARGE") return closeAfterAnswer(c, c.json(known.toBody(), 413));
      return c.json(known.toBody(), known.status as 400);
    }
    logger.error(errorFields(err), "unexpected error");
    return c.json(
      new ApiError("INTERNAL", "Something went wrong on our side. Your last change may not be saved.").toBody(),
      500,
    );
  });
  app.notFound((c) => c.json(new ApiError("NOT_FOUND", "Not found.").toBody(), 404));

  // Probes answer before the web app's SPA fallback, which would otherwise take every GET.
  registerHealthRoutes(app, deps);
  // Made on first request: turning every route's schema into JSON Schema is a tenth of a start-up.
  let doc: ReturnType<typeof openApiDocument> | undefined;
  app.get("/api/openapi.json", (c) => {
    doc ??= openApiDocument(routes.docs);
    return c.json(doc);
  });
  app.route("/api/v1", api);
  app.all("/api/*", () => {
    throw new ApiError("NOT_FOUND", "There is no such endpoint.");
  });
  // A share link's page lives outside /api and must be matched before the web app's SPA fallback below.
  registerSharePage(app, deps);

  registerWebApp(app, deps.webDir);
  return app;
}
