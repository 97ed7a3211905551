/** Test helper (not exported from core): structural checks of a catalog entry. */
import type { ExerciseDef } from "../records/exercise.js";
import { EQUIPMENT, LATERALITIES, PATTERNS, SUPPORTS } from "../records/vocab.js";
import { isMuscle } from "./muscles.js";

/** Problems with one definition, empty when it is well formed. */
export function exerciseSchemaCheck(d: ExerciseDef): string[] {
  const p: string[] = [];
  if (d.name.trim().length < 2) p.push("name");
  if (!(PATTERNS as readonly string[]).includes(d.pattern)) p.push("pattern");
  if (!(LATERALITIES as readonly string[]).includes(d.laterality)) p.push("laterality");
  if (d.primaryMuscles.length === 0) p.push("no primary muscles");
  for (const m of [...d.primaryMuscles, ...d.secondaryMuscles]) if (!isMuscle(m)) p.push(`muscle ${m}`);
  if (d.primaryMuscles.some((m) => d.secondaryMuscles.includes(m))) p.push("muscle both primary and secondary");
  if (d.equipment.length === 0) p.push("no equipment");
  for (const e of d.equipment) if (!(EQUIPMENT as readonly string[]).includes(e)) p.push(`equipment ${e}`);
  for (const k of ["axial", "shear", "flexion", "extension", "rotation"] as const) {
    const v = d.load[k];
    if (!Number.isInteger(v) || v < 0 || v > 3) p.push(`load.${k}`);
  }
  if (!(SUPPORTS as readonly string[]).includes(d.load.support)) p.push("support");
  if (d.measure === undefined) p.push("measure");
  for (const c of d.cues) if (c.length < 10 || c.length > 200 || c.includes("!")) p.push(`cue ${c}`);
  return p;
}
