/**
 * Which nutrient a logged supplement is, and how its amount converts (SPEC N2). Kept free of other imports so the
 * `POST /daily` validator (records/daily.ts) and the day's totals read the same matching rules.
 */

/** Nutrients Spotter knows reference values for. */
export const NUTRIENT_IDS = ["calcium", "vitamin-d"] as const;
/** One known nutrient. */
export type NutrientId = (typeof NUTRIENT_IDS)[number];

/** Units a supplement dose can be logged in. */
export const SUPPLEMENT_UNITS = ["mg", "ug", "IU", "g", "ml", "tablet", "capsule", "drop"] as const;
/** One supplement unit. */
export type SupplementUnit = (typeof SUPPLEMENT_UNITS)[number];

const UNIT_ALIASES: Record<string, SupplementUnit> = {
  mg: "mg",
  milligram: "mg",
  milligrams: "mg",
  ug: "ug",
  mcg: "ug",
  "\u00b5g": "ug",
  "\u03bcg": "ug",
  microgram: "ug",
  micrograms: "ug",
  iu: "IU",
  ie: "IU",
  g: "g",
  gram: "g",
  grams: "g",
  ml: "ml",
  tablet: "tablet",
  tablets: "tablet",
  tab: "tablet",
  tabs: "tablet",
  capsule: "capsule",
  capsules: "capsule",
  cap: "capsule",
  caps: "capsule",
  softgel: "capsule",
  softgels: "capsule",
  drop: "drop",
  drops: "drop",
};

/** A unit as people and labels write it ("mcg", "µg", "iu", "Tablets") mapped to Spotter's slug, or null. */
export function normaliseSupplementUnit(unit: string): SupplementUnit | null {
  return UNIT_ALIASES[unit.trim().toLowerCase()] ?? null;
}

/** The unit each nutrient's totals and reference values are expressed in. */
export const NUTRIENT_UNIT: Record<NutrientId, "mg" | "IU"> = { calcium: "mg", "vitamin-d": "IU" };

/** International units of vitamin D in one microgram (IOM 2011: 1 ug = 40 IU). */
export const IU_PER_UG_VITAMIN_D = 40;

// Word-boundary patterns; "d3" alone is common on labels, so it counts as vitamin D.
const VITAMIN_D = /\b(vit(amin)?\.?\s*-?\s*d-?[23]?|d-?[23]|cholecalciferol|ergocalciferol|colecalciferol)\b/i;
const CALCIUM = /\b(calcium|ca)\b/i;

/**
 * The nutrient a supplement name refers to, or null when Spotter has no reference values for it. A combined product
 * ("Calcium + D3") is decided by the unit: IU or micrograms mean vitamin D, milligrams or grams mean calcium.
 */
export function matchNutrient(name: string, unit?: string | null): NutrientId | null {
  const d = VITAMIN_D.test(name);
  const ca = CALCIUM.test(name);
  if (d && ca) {
    if (unit === "IU" || unit === "ug") return "vitamin-d";
    return "calcium";
  }
  if (d) return "vitamin-d";
  if (ca) return "calcium";
  return null;
}

/**
 * A dose converted to the nutrient's own unit (mg of calcium, IU of vitamin D), or null when the unit cannot be
 * converted (a tablet or a drop says nothing about its strength; IU mean nothing for calcium).
 */
export function toNutrientUnit(nutrient: NutrientId, amount: number, unit: string): number | null {
  if (nutrient === "calcium") {
    if (unit === "mg") return amount;
    if (unit === "g") return amount * 1000;
    if (unit === "ug") return amount / 1000;
    return null;
  }
  if (unit === "IU") return amount;
  if (unit === "ug") return amount * IU_PER_UG_VITAMIN_D;
  if (unit === "mg") return amount * 1000 * IU_PER_UG_VITAMIN_D;
  return null;
}

/** Units that cannot express a dose of the nutrient at all (rejected by the validator). */
export function unitMeaningless(nutrient: NutrientId, unit: string): boolean {
  // Calcium is never labelled in IU; vitamin D is never dosed in grams or millilitres.
  return nutrient === "calcium" ? unit === "IU" : unit === "g" || unit === "ml";
}

/**
 * The largest single dose the validator accepts, per unit (our judgement: far above any product sold, so only typing
 * slips are caught). Vitamin D is capped at 100,000 IU whatever unit it arrives in; calcium at 10,000 mg.
 */
export const MAX_SINGLE_DOSE: Record<SupplementUnit, number> = {
  mg: 20_000,
  ug: 10_000,
  IU: 100_000,
  g: 100,
  ml: 500,
  tablet: 20,
  capsule: 20,
  drop: 100,
};

/** The largest single dose of a known nutrient, in its own unit. */
export const MAX_NUTRIENT_DOSE: Record<NutrientId, number> = { calcium: 10_000, "vitamin-d": 100_000 };

/** Why a single dose is out of range, or null when it is plausible. */
export function implausibleDose(name: string, amount: number, unit: SupplementUnit): string | null {
  const nutrient = matchNutrient(name, unit);
  if (nutrient) {
    const inOwn = toNutrientUnit(nutrient, amount, unit);
    const cap = MAX_NUTRIENT_DOSE[nutrient];
    if (inOwn !== null && inOwn > cap) {
      return `is more than ${formatDailyAmount(cap)} ${NUTRIENT_UNIT[nutrient]} in one dose; check the amount and the unit`;
    }
  }
  const cap = MAX_SINGLE_DOSE[unit];
  if (amount > cap) return `is more than ${formatDailyAmount(cap)} ${unit} in one dose; check the amount and the unit`;
  return null;
}

/** A number with thousands separators and at most 2 decimals ("2,500", "12.5"), the same in every runtime. */
export function formatDailyAmount(n: number): string {
  const r = Math.round(n * 100) / 100;
  const [int, frac] = String(Math.abs(r)).split(".");
  const grouped = (int ?? "0").replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${r < 0 ? "-" : ""}${grouped}${frac ? `.${frac}` : ""}`;
}
