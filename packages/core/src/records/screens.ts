/**
 * R7: the inflammatory back pain screen (NICE NG65) as `POST /screens/inflammatory` takes it: two gate questions and
 * nine items, each true, false or null (not answered).
 */
import { z } from "zod";

/** The nine R7 items, in the order the screen asks them. */
export const INFLAMMATORY_ITEMS = [
  "before35",
  "wakesSecondHalf",
  "buttockPain",
  "betterWithMovement",
  "betterWithNsaids",
  "familyHistory",
  "arthritis",
  "enthesitis",
  "psoriasis",
] as const;
/** One R7 item. */
export type InflammatoryItem = (typeof INFLAMMATORY_ITEMS)[number];

const yesNo = z.boolean().nullable();

/** Validator for `POST /screens/inflammatory`. */
export const inflammatoryScreenInputSchema = z.strictObject({
  onsetBefore45: yesNo,
  longerThan3Months: yesNo,
  answers: z
    .strictObject(
      Object.fromEntries(INFLAMMATORY_ITEMS.map((k) => [k, yesNo.optional()])) as Record<
        InflammatoryItem,
        z.ZodOptional<typeof yesNo>
      >,
    )
    .optional(),
});
/** A parsed R7 screen. */
export type InflammatoryScreenInput = z.infer<typeof inflammatoryScreenInputSchema>;

/** A stored R7 screen answer. */
export interface InflammatoryScreen extends InflammatoryScreenInput {
  /** The local day it was answered. */
  date: string;
}
