/**
 * Read-only share links for a professional (SPEC §12 X4). The owner makes, lists and revokes links under
 * `/api/v1/shares`; a link's token opens only `GET /share/:token` (the report page) and `GET /api/v1/share/:token`
 * (the same as JSON). The token is stored as a SHA-256 hash in its own table, which the login check never reads, so
 * it authenticates nothing else.
 */
import { type ClinicianReport, type TriggerInsight, zRangeFrom, zRangeTo, zTextField } from "@spotter/core";
import {
  findShare,
  findShareByTokenHash,
  insertShare,
  listShares,
  recordShareOpened,
  revokeShare,
  type ShareRow,
} from "@spotter/db";
import type { Hono } from "hono";
import { z } from "zod";
import { newSecret, secretHash } from "../auth/secrets.js";
import type { AppEnv, Deps } from "../context.js";
import { ApiError, invalidField, notFound } from "../errors.js";
import { rateLimiterFor } from "../rateLimit.js";
import { escapeHtml } from "../report/escape.js";
import { reportHtml } from "../report/html.js";
import type { Routes } from "../routes.js";
import { loadUserLog } from "../services/log.js";
import { currentTriggers, planOf, reportFromLog, reportRange } from "../services/report.js";
import { todayIn } from "../services/today.js";
import { jsonBody, pathParam } from "../validate.js";
import { htmlReportResponse } from "./reports.js";

/** How long a link works when the body does not say (days). */
export const SHARE_DEFAULT_DAYS = 14;
const DAY_MS = 86_400_000;

const shareInput = z.strictObject({
  label: zTextField("label", { trim: true }).nullable().optional(),
  expiresInDays: z.int("must be a whole number of days").min(1).max(90).optional(),
  from: zRangeFrom.optional(),
  to: zRangeTo.optional(),
});

/** A link as its owner sees it: never the token, which was shown once. */
function shareView(s: ShareRow, now: number) {
  const status = s.revokedAt !== null ? "revoked" : s.expiresAt <= now ? "expired" : "active";
  return {
    id: s.id,
    label: s.label,
    from: s.fromDay,
    to: s.toDay,
    createdAt: new Date(s.createdAt).toISOString(),
    expiresAt: new Date(s.expiresAt).toISOString(),
    revokedAt: s.revokedAt === null ? null : new Date(s.revokedAt).toISOString(),
    status,
    openedCount: s.openedCount,
    lastOpenedAt: s.lastOpenedAt === null ? null : new Date(s.lastOpenedAt).toISOString(),
  };
}

/** What a token opens, or null when the link is unknown, expired or revoked (all answer the same 404). */
async function openShare(
  deps: Deps,
  token: string,
): Promise<{ share: ShareRow; report: ClinicianReport; triggers: TriggerInsight[] } | null> {
  // A real token is 43 characters; anything far longer is not worth hashing.
  if (token.length === 0 || token.length > 200) return null;
  const now = deps.now();
  const share = await findShareByTokenHash(deps.db.kysely, secretHash(token));
  if (!share || share.revokedAt !== null || share.expiresAt <= now) return null;
  const log = await loadUserLog(deps, share.userId);
  const today = todayIn(deps, log.profile.timeZone);
  // A link without a range shows the last 90 days up to the day it is opened.
  const range =
    share.fromDay && share.toDay
      ? { from: share.fromDay, to: share.toDay }
      : reportRange({ to: today, from: undefined }, today);
  const report = reportFromLog(log, range.from, range.to, now, await planOf(deps, share.userId));
  const opened = { share, report, triggers: currentTriggers(deps, log) };
  await recordShareOpened(deps.db.kysely, share.id, now);
  return opened;
}

const GONE_PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow"><title>This link does not open a report</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;color:#1a1a1a}</style></head>
<body><main><h1>This link does not open a report</h1>
<p>The link may have expired, the person who shared it may have withdrawn it, or it was copied only in part.</p>
<p>Please ask them to make a new link in Spotter and send it again.</p></main></body>
</html>
`;

/** The page a share link answers when its address has opened too many reports (the message says how long to wait). */
function busyPage(message: string): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow"><title>Please try again later</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;color:#1a1a1a}</style></head>
<body><main><h1>Please try again later</h1><p>${escapeHtml(message)}</p></main></body>
</html>
`;
}

/** Registers the owner's share routes and the public JSON view under /api/v1. */
export function registerShareRoutes(r: Routes, deps: Deps): void {
  const db = deps.db.kysely;
  const limits = rateLimiterFor(deps);

  r.route(
    {
      method: "post",
      path: "/shares",
      summary: "Make a read-only share link for a professional (the url is shown once)",
      tag: "shares",
      errors: [429],
      body: shareInput,
      ok: [201, "{id, url, expiresAt, label, from, to}"],
    },
    async (c) => {
      const input = await jsonBody(c, shareInput);
      const userId = c.get("userId");
      // Links are made by hand for a professional; a flood of them is a script gone wrong.
      await limits.hit(c, "share", userId);
      const log = await loadUserLog(deps, userId);
      let range: { from: string; to: string } | null = null;
      if (input.from !== undefined || input.to !== undefined) {
        if (input.from === undefined) throw invalidField("from", "is required when to is given");
        if (input.to === undefined) throw invalidField("to", "is required when from is given");
        range = reportRange({ from: input.from, to: input.to }, todayIn(deps, log.profile.timeZone));
      }
      const now = deps.now();
      const token = newSecret("");
      const row = {
        id: deps.newId(),
        userId,
        label: input.label ? input.label : null,
        fromDay: range?.from ?? null,
        toDay: range?.to ?? null,
        createdAt: now,
        expiresAt: now + (input.expiresInDays ?? SHARE_DEFAULT_DAYS) * DAY_MS,
      };
      await insertShare(db, { ...row, tokenHash: secretHash(token) });
      return c.json(
        { ...shareView({ ...row, revokedAt: null, openedCount: 0, lastOpenedAt: null }, now), url: `/share/${token}` },
        201,
      );
    },
  );

  r.route(
    { method: "get", path: "/shares", summary: "List share links (without tokens)", tag: "shares" },
    async (c) => {
      const now = deps.now();
      return c.json((await listShares(db, c.get("userId"))).map((s) => shareView(s, now)));
    },
  );

  r.route({ method: "get", path: "/shares/:id", summary: "One share link", tag: "shares" }, async (c) => {
    const s = await findShare(db, c.get("userId"), pathParam(c, "id"));
    if (!s) throw notFound("share link");
    return c.json(shareView(s, deps.now()));
  });

  r.route(
    { method: "delete", path: "/shares/:id", summary: "Revoke a share link", tag: "shares", ok: [204, "revoked"] },
    async (c) => {
      if (!(await revokeShare(db, c.get("userId"), pathParam(c, "id"), deps.now()))) throw notFound("share link");
      return c.body(null, 204);
    },
  );

  r.route(
    {
      method: "get",
      path: "/share/:token",
      summary: "What a share link opens, as JSON: {report, triggers, share}",
      tag: "shares",
      public: true,
      errors: [429],
    },
    async (c) => {
      c.header("X-Robots-Tag", "noindex, nofollow");
      c.header("Referrer-Policy", "no-referrer");
      // Opening needs no login and builds a whole report: counted per address, unknown tokens included.
      await limits.hit(c, "share-open", limits.address(c));
      const opened = await openShare(deps, pathParam(c, "token"));
      if (!opened) throw new ApiError("NOT_FOUND", "This share link is unknown, has expired or was revoked.");
      const { share, report, triggers } = opened;
      return c.json({
        report,
        triggers,
        share: { label: share.label, expiresAt: new Date(share.expiresAt).toISOString() },
      });
    },
  );
}

/**
 * Registers the public page `GET /share/:token` on the outer app. It must come before the web app's SPA fallback,
 * which would otherwise answer the address with the app's index.html.
 */
export function registerSharePage(app: Hono<AppEnv>, deps: Deps): void {
  const limits = rateLimiterFor(deps);
  app.get("/share/:token", async (c) => {
    c.header("X-Robots-Tag", "noindex, nofollow");
    try {
      await limits.hit(c, "share-open", limits.address(c));
    } catch (e) {
      if (!(e instanceof ApiError) || e.code !== "RATE_LIMITED") throw e;
      return htmlReportResponse(c, busyPage(e.message), 429);
    }
    const opened = await openShare(deps, c.req.param("token"));
    if (!opened) return htmlReportResponse(c, GONE_PAGE, 404);
    const { share, report, triggers } = opened;
    return htmlReportResponse(
      c,
      reportHtml(report, { label: share.label, expiresAt: new Date(share.expiresAt).toISOString(), triggers }),
    );
  });
}
