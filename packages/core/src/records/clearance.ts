/**
 * A professional clearance (SPEC §2): recorded only through `POST /clearance`, it lifts an R1 or R2 lock and covers
 * everything known when it was recorded.
 */
import { z } from "zod";
import { zRecordDay } from "./dates.js";

/** A stored clearance. */
export interface Clearance {
  id: string;
  date: string;
  by: string;
  restrictions: string | null;
  /** When it was recorded (ISO instant): it covers what was known up to then. */
  recordedAt: string;
}

/** Validator for `POST /clearance`. */
export const clearanceInputSchema = z.strictObject({
  date: zRecordDay,
  by: z.string().trim().min(1).max(200),
  restrictions: z.string().trim().max(2000).nullable().optional(),
});
/** A parsed clearance body. */
export type ClearanceInput = z.infer<typeof clearanceInputSchema>;
