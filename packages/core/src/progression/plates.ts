/**
 * The plate calculator: which plates go on each side of the bar for a total load, in the user's unit. Work runs in
 * hundredths of the unit so that 1.25 kg plates and gram-stored pound loads add up exactly.
 */
import type { Unit } from "../records/vocab.js";
import { DEFAULT_BAR_KG, fromUnit, toUnit } from "../units.js";

/** Standard kg plates, heaviest first. */
export const KG_PLATES: readonly number[] = [25, 20, 15, 10, 5, 2.5, 1.25];
/** Standard lb plates, heaviest first. */
export const LB_PLATES: readonly number[] = [45, 35, 25, 10, 5, 2.5];

/** How to load a bar. */
export interface PlateBreakdown {
  unit: Unit;
  /** Plates for one side, heaviest first, in the user's unit. */
  perSide: number[];
  /** The total these plates and the bar make, in kg. */
  loadedKg: number;
  /** What could not be loaded on each side with these plates, in the user's unit (0 when exact). */
  remainderPerSide: number;
  /** True when the plates make the total exactly. */
  exact: boolean;
}

/** Plates per side for a total load (kg) in the user's unit on a bar of `barKg` (default 20 kg or 45 lb). */
export function plateBreakdown(totalKg: number, unit: Unit, barKg: number = DEFAULT_BAR_KG[unit]): PlateBreakdown {
  const hundredths = (kg: number) => Math.round(toUnit(kg, unit) * 100);
  const total = hundredths(totalKg);
  const bar = hundredths(barKg);
  const plates = (unit === "kg" ? KG_PLATES : LB_PLATES).map((p) => Math.round(p * 100));
  if (total <= bar) {
    return { unit, perSide: [], loadedKg: fromUnit(bar / 100, unit), remainderPerSide: 0, exact: total === bar };
  }
  // Half a hundredth cannot be loaded: the side is rounded down and the rest reported.
  const side = Math.floor((total - bar) / 2);
  const perSide: number[] = [];
  let left = side;
  // Greedy from the heaviest plate: how gyms load a bar, and exact for these plate sets whenever exact is possible.
  for (const p of plates) {
    while (left >= p) {
      perSide.push(p / 100);
      left -= p;
    }
  }
  const loaded = bar + 2 * (side - left);
  return {
    unit,
    perSide,
    loadedKg: fromUnit(loaded / 100, unit),
    remainderPerSide: Math.round((total - loaded) / 2) / 100,
    exact: loaded === total,
  };
}
