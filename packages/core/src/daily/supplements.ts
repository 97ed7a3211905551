/**
 * Supplement totals against adult reference values (SPEC N2; IOM 2011, NIH ODS fact sheets). Spotter shows the
 * numbers and warns above the upper limit; it never says how much to take.
 */
import type { DailyWarning, SupplementTotal } from "../records/daily.js";
import {
  formatDailyAmount,
  matchNutrient,
  NUTRIENT_UNIT,
  type NutrientId,
  toNutrientUnit,
} from "../records/nutrients.js";
import type { AgeBand, Sex } from "../records/vocab.js";
import { furtherLimitTotals, matchFurtherLimit } from "./upperLimits.js";

/** Adult reference intake (RDA) and tolerable upper intake level of one nutrient. */
export interface NutrientReference {
  nutrient: NutrientId;
  label: string;
  unit: "mg" | "IU";
  referenceIntake: number;
  upperLimit: number;
  /** Plain words on how the values were chosen when sex or age band is missing; null otherwise. */
  note: string | null;
}

/** Display names of the known nutrients. */
export const NUTRIENT_LABELS: Record<NutrientId, string> = { calcium: "Calcium", "vitamin-d": "Vitamin D" };

/**
 * Reference values for a nutrient, sex and age band (IOM 2011). Without an age band the lower upper limit applies
 * (the cautious side); without sex, calcium uses the higher women's intake for 51-70 (our judgement, documented).
 */
export function nutrientReference(
  nutrient: NutrientId,
  who: { sex: Sex | null | undefined; ageBand: AgeBand | null | undefined },
): NutrientReference {
  const notes: string[] = [];
  const band = who.ageBand ?? null;
  if (!band) notes.push("Your age band is not set, so the lower adult upper limit is used.");
  if (nutrient === "calcium") {
    let rda = 1000;
    if (band === "71+") rda = 1200;
    else if (band === "51-70") {
      if (who.sex === "female") rda = 1200;
      else if (who.sex == null) {
        rda = 1200;
        notes.push("Sex is not set: 1,200 mg is the value for women 51-70; for men it is 1,000 mg.");
      }
    }
    const upperLimit = band === "19-50" ? 2500 : 2000;
    return reference(nutrient, rda, upperLimit, notes);
  }
  const rda = band === "71+" ? 800 : 600;
  return reference(nutrient, rda, 4000, notes);
}

function reference(nutrient: NutrientId, rda: number, ul: number, notes: string[]): NutrientReference {
  return {
    nutrient,
    label: NUTRIENT_LABELS[nutrient],
    unit: NUTRIENT_UNIT[nutrient],
    referenceIntake: rda,
    upperLimit: ul,
    note: notes.length ? notes.join(" ") : null,
  };
}

/** The fields of a daily entry that a supplement total reads. */
export interface SupplementLike {
  kind?: string;
  name: string | null;
  amount: number | null;
  unit: string | null;
}

/** The day's supplement totals and the warnings they raise. */
export interface SupplementTotals {
  totals: SupplementTotal[];
  warnings: DailyWarning[];
}

/** Code of the warning raised when a day's total passes the upper limit. */
export const WARNING_ABOVE_UPPER_LIMIT = "ABOVE_UPPER_LIMIT";

/**
 * Per-nutrient totals for a day (N2): calcium in mg and vitamin D in IU (1 ug = 40 IU) with reference intake and
 * upper limit, a warning when the total passes the upper limit; other supplements summed by name and unit, without
 * reference values. Entries whose kind is not "supplement" are ignored.
 */
export function supplementTotals(
  entries: readonly SupplementLike[],
  who: { sex: Sex | null | undefined; ageBand: AgeBand | null | undefined },
): SupplementTotals {
  const known = new Map<NutrientId, { total: number; uncounted: number }>();
  const other = new Map<string, SupplementTotal>();
  for (const e of entries) {
    if (e.kind !== undefined && e.kind !== "supplement") continue;
    if (!e.name || e.amount == null || !e.unit || !(e.amount > 0)) continue;
    const nutrient = matchNutrient(e.name, e.unit);
    if (nutrient) {
      const acc = known.get(nutrient) ?? { total: 0, uncounted: 0 };
      const v = toNutrientUnit(nutrient, e.amount, e.unit);
      if (v === null) acc.uncounted += 1;
      else acc.total += v;
      known.set(nutrient, acc);
      continue;
    }
    // N2: the further limited nutrients are totalled by `furtherLimitTotals` below.
    if (matchFurtherLimit(e.name)) continue;
    const label = e.name.trim();
    const key = `${label.toLowerCase()}|${e.unit}`;
    const prev = other.get(key);
    if (prev) prev.total = round2(prev.total + e.amount);
    else other.set(key, otherTotal(label, e.amount, e.unit));
  }
  const totals: SupplementTotal[] = [];
  const warnings: DailyWarning[] = [];
  for (const nutrient of ["calcium", "vitamin-d"] as const) {
    const acc = known.get(nutrient);
    if (!acc) continue;
    const ref = nutrientReference(nutrient, who);
    const total = round2(acc.total);
    const above = total > ref.upperLimit;
    totals.push({
      nutrient,
      label: ref.label,
      total,
      unit: ref.unit,
      referenceIntake: ref.referenceIntake,
      upperLimit: ref.upperLimit,
      aboveUpperLimit: above,
      uncountedEntries: acc.uncounted,
      note: ref.note,
    });
    if (above)
      warnings.push({ code: WARNING_ABOVE_UPPER_LIMIT, nutrient, message: upperLimitMessage(ref, total, who) });
  }
  for (const t of furtherLimitTotals(entries)) {
    totals.push({
      nutrient: null,
      label: t.limit.label,
      total: t.total,
      unit: t.limit.unit,
      referenceIntake: null,
      upperLimit: t.limit.limit,
      aboveUpperLimit: t.above,
      uncountedEntries: t.uncounted,
      note: null,
    });
    if (t.message) warnings.push({ code: WARNING_ABOVE_UPPER_LIMIT, message: t.message });
  }
  totals.push(...[...other.values()].sort((a, b) => a.label.localeCompare(b.label)));
  return { totals, warnings };
}

function otherTotal(label: string, amount: number, unit: string): SupplementTotal {
  return {
    nutrient: null,
    label,
    total: round2(amount),
    unit,
    referenceIntake: null,
    upperLimit: null,
    aboveUpperLimit: false,
    uncountedEntries: 0,
    note: null,
  };
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

function bandWords(ageBand: AgeBand | null | undefined): string {
  if (ageBand === "19-50") return "adults aged 19 to 50";
  if (ageBand === "51-70") return "adults aged 51 to 70";
  if (ageBand === "71+") return "adults over 70";
  return "adults";
}

/** The plain-words warning for a total above the upper limit; it names the limit and gives no dosing advice. */
function upperLimitMessage(
  ref: NutrientReference,
  total: number,
  who: { ageBand: AgeBand | null | undefined },
): string {
  const u = ref.unit;
  const food =
    ref.nutrient === "calcium" ? " The limit counts calcium from food as well, which is not logged here." : "";
  return (
    `${ref.label} from supplements today adds up to ${formatDailyAmount(total)} ${u}, above the upper limit of ` +
    `${formatDailyAmount(ref.upperLimit)} ${u} a day for ${bandWords(who.ageBand)}.${food} ` +
    "Please check the labels and ask your doctor or pharmacist whether this amount is right for you."
  );
}

/** Shown beside the calcium field: the amount to log is the elemental calcium, as the label states it. */
export const CALCIUM_ELEMENTAL_NOTE =
  "Log calcium as elemental calcium: the label lists it per tablet, often as 'calcium (as carbonate)' or " +
  "'elemental calcium'. The weight of the whole compound is larger and would overstate your total.";
