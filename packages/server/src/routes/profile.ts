/** The profile (SPEC §1): read, update any subset of fields, and record that the notice was accepted. */
import { isDeepStrictEqual } from "node:util";
import { applyProfileUpdate, profileUpdateSchema } from "@spotter/core";
import { getProfile, saveProfile } from "@spotter/db";
import { z } from "zod";
import type { Deps } from "../context.js";
import { invalidField } from "../errors.js";
import type { Routes } from "../routes.js";
import { afterLogWrite } from "../services/log.js";
import { withProfile } from "../services/logPatch.js";
import { jsonBody } from "../validate.js";

const noticeSchema = z.strictObject({ accepted: z.literal(true, { message: "must be true" }) });

/**
 * `PUT /profile` takes the writable fields, and also the read-only ones (API.md: `clearance`, `noticeAcceptedAt`)
 * when they hold what is stored, so a client can send back the profile it read with a field changed.
 */
const profilePutSchema = profileUpdateSchema.extend({
  clearance: z.unknown().optional().meta({ description: "read-only: set by POST /clearance; sent back unchanged" }),
  noticeAcceptedAt: z
    .unknown()
    .optional()
    .meta({ description: "read-only: set by POST /profile/notice; sent back unchanged" }),
});

const READ_ONLY_WHY = {
  clearance: "is read-only: record a clinician's assessment with POST /clearance",
  noticeAcceptedAt: "is read-only: accept the notice with POST /profile/notice",
} as const;

/** Registers the profile routes. */
export function registerProfileRoutes(r: Routes, deps: Deps): void {
  const db = deps.db.kysely;

  r.route({ method: "get", path: "/profile", summary: "The profile (defaults until set)", tag: "profile" }, async (c) =>
    c.json(await getProfile(db, c.get("userId"))),
  );

  r.route(
    {
      method: "put",
      path: "/profile",
      summary: "Update any of the profile's writable fields",
      tag: "profile",
      body: profilePutSchema,
    },
    async (c) => {
      const { clearance, noticeAcceptedAt, ...update } = await jsonBody(c, profilePutSchema);
      const userId = c.get("userId");
      const next = await deps.db.kysely.transaction().execute(async (trx) => {
        const stored = await getProfile(trx, userId);
        const readOnly = { clearance, noticeAcceptedAt };
        for (const k of ["clearance", "noticeAcceptedAt"] as const) {
          if (readOnly[k] !== undefined && !isDeepStrictEqual(readOnly[k], stored[k])) {
            throw invalidField(k, READ_ONLY_WHY[k]);
          }
        }
        const merged = applyProfileUpdate(stored, update);
        await saveProfile(trx, userId, merged, deps.now());
        return merged;
      });
      await afterLogWrite(deps, userId, (l) => withProfile(l, next));
      return c.json(next);
    },
  );

  r.route(
    {
      method: "post",
      path: "/profile/notice",
      summary: "Record that the notice (S0.1) was accepted",
      tag: "profile",
      body: noticeSchema,
      ok: [204, "recorded"],
    },
    async (c) => {
      await jsonBody(c, noticeSchema);
      const userId = c.get("userId");
      const next = await deps.db.kysely.transaction().execute(async (trx) => {
        const p = await getProfile(trx, userId);
        const accepted = { ...p, noticeAcceptedAt: new Date(deps.now()).toISOString() };
        await saveProfile(trx, userId, accepted, deps.now());
        return accepted;
      });
      await afterLogWrite(deps, userId, (l) => withProfile(l, next));
      return c.body(null, 204);
    },
  );
}
