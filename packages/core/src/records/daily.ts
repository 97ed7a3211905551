/**
 * Daily-support entries (SPEC §10-11: water, supplements, blood-flow work, movement breaks, support used): the
 * validator for `POST /daily`, the stored entry, and the `GET /daily` answer. Each kind has its own required fields;
 * an error always names the field that is wrong.
 */
import { z } from "zod";
import { zRecordDay } from "./dates.js";
import type { NutrientId, SupplementUnit } from "./nutrients.js";
import { implausibleDose, matchNutrient, SUPPLEMENT_UNITS, unitMeaningless } from "./nutrients.js";
import { zTextField } from "./text.js";
import { zClientId, zInstant } from "./vocab.js";

/** Kinds of daily entry. */
export const DAILY_KINDS = ["water", "supplement", "blood-flow", "break", "support"] as const;
/** One kind of daily entry. */
export type DailyKind = (typeof DAILY_KINDS)[number];

/** Kinds of blood-flow work (N3); a blood-flow entry carries one of them in `name`. */
export const BLOOD_FLOW_KINDS = ["massage", "foam-rolling", "dynamic-stretching", "walking", "other"] as const;
/** One kind of blood-flow work. */
export type BloodFlowKind = (typeof BLOOD_FLOW_KINDS)[number];

/** Supports a support entry can record in `name`: the sleep pillow (D1, the default) or lumbar support (D2). */
export const SUPPORT_KINDS = ["pillow", "lumbar"] as const;
/** One kind of support. */
export type SupportKind = (typeof SUPPORT_KINDS)[number];

/** The most water one entry may carry (N1), in mL. */
export const MAX_WATER_ENTRY_ML = 10_000;
/** Longest blood-flow entry, in minutes. */
export const MAX_BLOOD_FLOW_MINUTES = 240;
/** Longest movement break, in minutes. */
export const MAX_BREAK_MINUTES = 120;

// Which optional fields each kind may carry; anything else present (and not null) is an error on that field.
const ALLOWED: Record<DailyKind, readonly string[]> = {
  water: ["amountMl", "name"],
  supplement: ["name", "amount", "unit"],
  "blood-flow": ["name", "minutes"],
  break: ["minutes"],
  support: ["name", "used"],
};
const OPTIONAL_FIELDS = ["amountMl", "name", "amount", "unit", "minutes", "used"] as const;

/** Validator for `POST /daily`: one entry, with per-kind requirements. */
export const dailyEntryInputSchema = z
  .strictObject({
    clientId: zClientId,
    date: zRecordDay,
    kind: z.enum(DAILY_KINDS),
    amountMl: z
      .int("must be whole millilitres")
      .min(1, "must be at least 1 mL")
      .max(MAX_WATER_ENTRY_ML, `must be at most ${MAX_WATER_ENTRY_ML} mL (10 L) in one entry`)
      .nullable()
      .optional(),
    name: zTextField("name", { trim: true, min: 1 }).nullable().optional(),
    amount: z.number().positive("must be more than 0").finite().nullable().optional(),
    unit: z.enum(SUPPLEMENT_UNITS).nullable().optional(),
    minutes: z
      .int("must be whole minutes")
      .min(1, "must be at least 1 minute")
      .max(MAX_BLOOD_FLOW_MINUTES, `must be at most ${MAX_BLOOD_FLOW_MINUTES} minutes`)
      .nullable()
      .optional(),
    used: z.boolean().nullable().optional(),
    /** When it happened (a break's time feeds the next reminder); the server's clock when absent. */
    at: zInstant.optional(),
  })
  .superRefine((v, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    for (const f of OPTIONAL_FIELDS) {
      if (v[f] !== undefined && v[f] !== null && !ALLOWED[v.kind].includes(f)) {
        issue(f, `is not used by ${v.kind} entries`);
      }
    }
    switch (v.kind) {
      case "water":
        if (v.amountMl == null) issue("amountMl", `is required for water: 1 to ${MAX_WATER_ENTRY_ML} mL`);
        break;
      case "supplement": {
        if (v.name == null) issue("name", "is required for a supplement");
        if (v.amount == null) issue("amount", "is required for a supplement");
        if (v.unit == null) issue("unit", `is required for a supplement: one of ${SUPPLEMENT_UNITS.join(", ")}`);
        if (v.name == null || v.amount == null || v.unit == null) break;
        const nutrient = matchNutrient(v.name, v.unit);
        if (nutrient && unitMeaningless(nutrient, v.unit)) {
          issue("unit", nutrient === "calcium" ? "calcium is measured in mg" : "vitamin D is measured in IU or ug");
          break;
        }
        const why = implausibleDose(v.name, v.amount, v.unit);
        if (why) issue("amount", why);
        break;
      }
      case "blood-flow":
        if (v.name == null) issue("name", `is required: one of ${BLOOD_FLOW_KINDS.join(", ")}`);
        else if (!(BLOOD_FLOW_KINDS as readonly string[]).includes(v.name))
          issue("name", `must be one of ${BLOOD_FLOW_KINDS.join(", ")}`);
        if (v.minutes == null) issue("minutes", `is required: 1 to ${MAX_BLOOD_FLOW_MINUTES} minutes`);
        break;
      case "break":
        if (v.minutes != null && v.minutes > MAX_BREAK_MINUTES)
          issue("minutes", `must be at most ${MAX_BREAK_MINUTES}`);
        break;
      case "support":
        if (v.used == null) issue("used", "is required: true or false");
        if (v.name != null && !(SUPPORT_KINDS as readonly string[]).includes(v.name))
          issue("name", `must be one of ${SUPPORT_KINDS.join(", ")}`);
        break;
    }
  });
/** A parsed `POST /daily` body. */
export type DailyEntryInput = z.infer<typeof dailyEntryInputSchema>;

/** A stored daily entry; fields that do not belong to its kind are null. */
export interface DailyEntry {
  id: string;
  clientId: string;
  date: string;
  kind: DailyKind;
  amountMl: number | null;
  /** Supplement name, blood-flow kind, support kind ("pillow" when not given), or a drink's label. */
  name: string | null;
  amount: number | null;
  unit: SupplementUnit | null;
  minutes: number | null;
  used: boolean | null;
  /** When it happened, ISO instant. */
  at: string;
  createdAt: string;
}

/** Turns a validated `POST /daily` body into the entry to store; `receivedAt` stands in for a missing `at`. */
export function dailyEntryFromInput(input: DailyEntryInput, ids: { id: string; receivedAt: string }): DailyEntry {
  const name = input.kind === "support" ? (input.name ?? "pillow") : (input.name ?? null);
  return {
    id: ids.id,
    clientId: input.clientId,
    date: input.date,
    kind: input.kind,
    amountMl: input.amountMl ?? null,
    name,
    amount: input.amount ?? null,
    unit: input.unit ?? null,
    minutes: input.minutes ?? null,
    used: input.used ?? null,
    at: input.at ?? ids.receivedAt,
    createdAt: ids.receivedAt,
  };
}

/** A warning on the day (code "ABOVE_UPPER_LIMIT" when a nutrient's total passes its upper limit). */
export interface DailyWarning {
  code: string;
  message: string;
  /** The nutrient the warning is about, when it is about one. */
  nutrient?: NutrientId;
}

/** A short guidance card (sleep, sitting, morning, rest-day work, ...). */
export interface DailyCard {
  id: string;
  title: string;
  text: string;
  /** The SPEC rule it serves (D1, D2, D3, N1, N2, N3). */
  rule: string;
  /** Keys into docs/evidence/daily.md. */
  sources: string[];
}

/** A day's total of one supplement, with reference values when Spotter knows them (N2). */
export interface SupplementTotal {
  /** The known nutrient, or null for a supplement without reference values. */
  nutrient: NutrientId | null;
  /** Display name: "Calcium", "Vitamin D", or the name as logged. */
  label: string;
  total: number;
  unit: string;
  /** Adult reference intake (RDA) for the user's sex and age band, or null. */
  referenceIntake: number | null;
  /** Tolerable upper intake level, or null. */
  upperLimit: number | null;
  aboveUpperLimit: boolean;
  /** Entries of this nutrient in units that cannot be converted (tablets, drops): not in `total`. */
  uncountedEntries: number;
  /** How the reference values were chosen, in plain words (e.g. when sex or age band is not set). */
  note: string | null;
}

/** A blood-flow suggestion for a rest day (N3). */
export interface BloodFlowSuggestion {
  id: string;
  kind: BloodFlowKind;
  title: string;
  text: string;
  minutes: number;
  /** Catalog exercise ids that fit (see daily/bloodFlow.ts). */
  exerciseIds: string[];
  /** True when an entry of this kind is already logged today. */
  done: boolean;
}

/** The `GET /daily` answer (API.md), plus a few fields the web app uses. */
export interface DailyDay {
  date: string;
  waterMl: number;
  waterTargetMl: number;
  /** How the target was found: from body weight, or the floor (no body weight, or a light body weight). */
  waterTargetBasis: "body-weight" | "floor";
  /** Training hours counted in the target. */
  trainingHours: number;
  waterServingMl: number;
  supplements: { id: string; name: string; amount: number; unit: SupplementUnit }[];
  supplementTotals: SupplementTotal[];
  bloodFlow: { id: string; kind: BloodFlowKind; minutes: number }[];
  bloodFlowMinutes: number;
  /** Movement breaks logged. */
  breaks: number;
  /** True when the user sits enough for break reminders (D2). */
  breakReminders: boolean;
  /** The next movement-break reminder (ISO instant), or null (not today, outside reminder hours, or not a sitter). */
  nextBreakAt: string | null;
  /** Sleep support (D1) used, from the day's last pillow entry; null when nothing is logged. */
  supportUsed: boolean | null;
  /** Lumbar support (D2) used, from the day's last lumbar entry; null when nothing is logged. */
  lumbarSupportUsed: boolean | null;
  warnings: DailyWarning[];
  cards: DailyCard[];
  /** Blood-flow suggestions; empty on training days. */
  suggestions: BloodFlowSuggestion[];
  /** The day's entries, oldest first, so a client can edit or delete them. */
  entries: DailyEntry[];
}
