/**
 * A professional clearance (SPEC §2): recorded only through `POST /clearance`, it lifts an R1 or R2 lock and covers
 * everything known when it was recorded.
 */
import { z } from "zod";
import { zRecordDay } from "./dates.js";
import { zTextField } from "./text.js";

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
  by: zTextField("by", { trim: true, min: 1 }),
  restrictions: zTextField("restrictions", { trim: true }).nullable().optional(),
});
/** A parsed clearance body. */
export type ClearanceInput = z.infer<typeof clearanceInputSchema>;
