/**
 * Weights and units (SPEC §1, C4, O1). Weights are stored as integer grams; a pound user's steps are computed in
 * pounds so that they see whole plate steps, never 2.268 kg shown as 4.99 lb.
 */
import type { Unit } from "./records/vocab.js";

/** Grams in one pound (exact by definition). */
export const GRAMS_PER_LB = 453.59237;

/** Kilograms to integer grams. */
export function kgToGrams(kg: number): number {
  return Math.round(kg * 1000);
}

/** Integer grams to kilograms (3 decimals). */
export function gramsToKg(g: number): number {
  return Math.round(g) / 1000;
}

/** Kilograms to pounds. */
export function kgToLb(kg: number): number {
  return (kg * 1000) / GRAMS_PER_LB;
}

/** Pounds to kilograms, rounded to the gram. */
export function lbToKg(lb: number): number {
  return Math.round(lb * GRAMS_PER_LB) / 1000;
}

/** A weight in kg expressed in the user's unit (not rounded). */
export function toUnit(kg: number, unit: Unit): number {
  return unit === "kg" ? kg : kgToLb(kg);
}

/** A weight in the user's unit converted to kg (gram precision). */
export function fromUnit(value: number, unit: Unit): number {
  return unit === "kg" ? Math.round(value * 1000) / 1000 : lbToKg(value);
}

/** Rounds a value to the nearest multiple of `step` ("down" or "up" to force a direction). */
export function roundToStep(value: number, step: number, mode: "nearest" | "down" | "up" = "nearest"): number {
  if (step <= 0) return value;
  const q = value / step;
  // A small tolerance keeps 99.99999 from rounding down a whole step.
  const n = mode === "down" ? Math.floor(q + 1e-9) : mode === "up" ? Math.ceil(q - 1e-9) : Math.round(q);
  return Number((n * step).toFixed(6));
}

/** Formats a kg weight in the user's unit, trimmed to at most 2 decimals, with the unit. */
export function formatWeight(kg: number, unit: Unit): string {
  const v = toUnit(kg, unit);
  const r = Math.round(v * 100) / 100;
  return `${r} ${unit}`;
}
