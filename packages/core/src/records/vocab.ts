/**
 * Fixed vocabularies of the API contract (API.md "Vocabularies"): the lists live in vocabLists.ts (without zod, for
 * the web app's first screens) and are re-exported here next to the shared validators. Each list is the single source
 * for its Zod enum and its TypeScript union, so the server, the web app and the rules agree on every slug.
 */
import { z } from "zod";

export * from "./vocabLists.js";

/** A local calendar day, `YYYY-MM-DD`, checked to be a real date. */
export const zDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date as YYYY-MM-DD")
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, "is not a real calendar date");

/** An instant, ISO-8601 with an offset or Z. */
export const zInstant = z.iso.datetime({ offset: true, message: "must be an ISO-8601 instant with offset" });

/** A client-made id for idempotent writes. */
export const zClientId = z.uuid({ message: "must be a UUID" });

/** A 0-10 pain rating (numeric rating scale). */
export const zPain = z.int("must be a whole number from 0 to 10").min(0).max(10);

/** A weight in kilograms with at most 3 decimals (gram precision), 0-1000. */
export const zKg = z
  .number()
  .min(0)
  .max(1000)
  .refine((n) => Math.abs(n * 1000 - Math.round(n * 1000)) < 1e-6, "has more than 3 decimals");
