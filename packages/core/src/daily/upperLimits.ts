/**
 * N2 (revised 2026-12): the further adult tolerable upper intake levels (US Institute of Medicine / NASEM), from
 * supplements where the limit says so. Names are matched with common spellings; amounts are elemental (the label's
 * Supplement Facts figure) and convert per nutrient: vitamin A counts retinol only (1 IU = 0.3 ug; beta-carotene
 * never counts), vitamin E 1 IU = 0.67 mg natural or 0.9 mg synthetic (0.9 when the form is unknown), folate in ug
 * DFE x 0.6 = ug folic acid. Spotter warns above the limit and gives no dosing advice.
 */
import { formatDailyAmount } from "../records/nutrients.js";

/** One further upper limit. */
export interface FurtherLimit {
  id: string;
  label: string;
  limit: number;
  unit: "mg" | "ug";
  /** True when the limit counts food too (all but magnesium, niacin, folic acid and vitamin E). */
  includesFood: boolean;
  pattern: RegExp;
}

/** N2: the further upper limits, adults 19+ (IOM DRI tables; NASEM). */
export const FURTHER_LIMITS: readonly FurtherLimit[] = [
  {
    id: "magnesium",
    label: "Magnesium",
    limit: 350,
    unit: "mg",
    includesFood: false,
    pattern: /\b(magnesium|mg-?)\b/i,
  },
  { id: "zinc", label: "Zinc", limit: 40, unit: "mg", includesFood: true, pattern: /\bzinc\b/i },
  { id: "iron", label: "Iron", limit: 45, unit: "mg", includesFood: true, pattern: /\b(iron|ferrous|ferric)\b/i },
  {
    id: "vitamin-b6",
    label: "Vitamin B6",
    limit: 100,
    unit: "mg",
    includesFood: true,
    pattern: /\b(vit(amin)?\.?\s*b-?6|b-?6|pyridox\w*)\b/i,
  },
  {
    id: "vitamin-c",
    label: "Vitamin C",
    limit: 2000,
    unit: "mg",
    includesFood: true,
    pattern: /\b(vit(amin)?\.?\s*c|ascorb\w*)\b/i,
  },
  {
    id: "vitamin-a",
    label: "Vitamin A (retinol)",
    limit: 3000,
    unit: "ug",
    includesFood: true,
    pattern: /\b(vit(amin)?\.?\s*a|retinol|retinyl\s*\w+)\b/i,
  },
  {
    id: "vitamin-e",
    label: "Vitamin E",
    limit: 1000,
    unit: "mg",
    includesFood: false,
    pattern: /\b(vit(amin)?\.?\s*e|tocopher\w*)\b/i,
  },
  {
    id: "niacin",
    label: "Niacin",
    limit: 35,
    unit: "mg",
    includesFood: false,
    pattern: /\b(niacin|nicotinic\s+acid|vit(amin)?\.?\s*b-?3|b-?3)\b/i,
  },
  {
    id: "folic-acid",
    label: "Folic acid",
    limit: 1000,
    unit: "ug",
    includesFood: false,
    pattern: /\b(folic\s+acid|folate|folacin)\b/i,
  },
  { id: "selenium", label: "Selenium", limit: 400, unit: "ug", includesFood: true, pattern: /\bselen\w*\b/i },
];

/** Salt names whose label figure may be the compound, not the element: Spotter asks for the elemental amount. */
const SALT = /\b(citrate|carbonate|oxide|sulfate|sulphate|gluconate|glycinate|bisglycinate)\b/i;

/** N2: the further limit a supplement name refers to, or null. Beta-carotene is never vitamin A. */
export function matchFurtherLimit(name: string): FurtherLimit | null {
  if (/carotene/i.test(name)) return null;
  return FURTHER_LIMITS.find((l) => l.pattern.test(name)) ?? null;
}

/** N2: a dose in the limit's unit, or null when the unit cannot be converted (tablets, drops, IU for minerals). */
export function toLimitUnit(limit: FurtherLimit, name: string, amount: number, unit: string): number | null {
  const mg = unit === "mg" ? amount : unit === "g" ? amount * 1000 : unit === "ug" ? amount / 1000 : null;
  if (limit.id === "vitamin-a" && unit === "IU") return amount * 0.3;
  if (limit.id === "vitamin-e" && unit === "IU") return amount * (/\b(d-alpha|natural)\b/i.test(name) ? 0.67 : 0.9);
  if (limit.id === "folic-acid" && unit === "ug" && /\bdfe\b/i.test(name)) return amount * 0.6;
  if (mg === null) return null;
  return limit.unit === "mg" ? mg : mg * 1000;
}

/** One further nutrient's day total and, above its limit, the warning. */
export interface FurtherLimitTotal {
  limit: FurtherLimit;
  total: number;
  above: boolean;
  /** Entries whose unit says nothing about the amount (tablets, drops). */
  uncounted: number;
  /** True when a salt name was logged: the warning asks for the elemental amount. */
  askElemental: boolean;
  message: string | null;
}

/** N2: the day's totals of the further limited nutrients, with a plain warning above each limit. */
export function furtherLimitTotals(
  entries: ReadonlyArray<{ kind?: string; name: string | null; amount: number | null; unit: string | null }>,
): FurtherLimitTotal[] {
  const acc = new Map<string, FurtherLimitTotal>();
  for (const e of entries) {
    if (e.kind !== undefined && e.kind !== "supplement") continue;
    if (!e.name || e.amount == null || !e.unit || !(e.amount > 0)) continue;
    const limit = matchFurtherLimit(e.name);
    if (!limit) continue;
    const t = acc.get(limit.id) ?? { limit, total: 0, above: false, uncounted: 0, askElemental: false, message: null };
    const v = toLimitUnit(limit, e.name, e.amount, e.unit);
    if (v === null) t.uncounted++;
    else t.total += v;
    if (SALT.test(e.name)) t.askElemental = true;
    acc.set(limit.id, t);
  }
  return [...acc.values()].map((t) => {
    const total = Math.round(t.total * 100) / 100;
    const above = total > t.limit.limit;
    const food = t.limit.includesFood ? " The limit counts food as well, which adds to this total." : "";
    const salt = t.askElemental
      ? " For a salt such as citrate or oxide, log the elemental amount from the label's Supplement Facts."
      : "";
    const message = above
      ? `${t.limit.label} from supplements today adds up to ${formatDailyAmount(total)} ${t.limit.unit}, above the adult upper limit of ${formatDailyAmount(t.limit.limit)} ${t.limit.unit} a day.${food}${salt} Please ask your doctor or pharmacist whether this amount is right for you.`
      : null;
    return { ...t, total, above, message };
  });
}
