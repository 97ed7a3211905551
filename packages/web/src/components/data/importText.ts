/** The import screen's sentences, built from the server's summary so the preview and the result always agree. */
import type { ImportSummary } from "../../api/data.js";
import { ApiError, messageOf } from "../../api/errors.js";

/** "1 workout", "12 workouts". */
export function count(n: number, one: string, many: string = `${one}s`): string {
  return `${n.toLocaleString("en")} ${n === 1 ? one : many}`;
}

/** "is" or "are" for a count. */
function be(n: number): string {
  return n === 1 ? "is" : "are";
}

/** "was" or "were" for a count. */
function was(n: number): string {
  return n === 1 ? "was" : "were";
}

/** True when the file holds nothing Spotter does not have yet. */
export function nothingNew(s: ImportSummary): boolean {
  return (
    s.workouts === 0 &&
    s.sets === 0 &&
    s.checkins === 0 &&
    !s.daily &&
    !s.plans &&
    !s.clearances &&
    s.customExercises.length === 0
  );
}

/** The numbers of the preview, each with its label, in the order they are shown. */
export function previewCounts(s: ImportSummary): { label: string; value: number }[] {
  const out = [
    { label: s.workouts === 1 ? "Workout" : "Workouts", value: s.workouts },
    { label: s.sets === 1 ? "Set" : "Sets", value: s.sets },
    { label: "Already imported", value: s.alreadyImported },
    { label: "Skipped rows", value: s.skipped.length },
  ];
  // Check-ins only come from a Spotter backup; an empty box would only puzzle a Strong user.
  if (s.checkins > 0) out.splice(2, 0, { label: s.checkins === 1 ? "Check-in" : "Check-ins", value: s.checkins });
  return out;
}

/** The preview's headline: what importing this file would add. */
export function previewHeadline(s: ImportSummary): string {
  if (nothingNew(s)) {
    return s.alreadyImported > 0
      ? "Everything in this file is already imported. There is nothing new to add."
      : "Spotter found nothing it can import in this file. Check that you chose the app the file came from.";
  }
  const parts = [`This file adds ${count(s.workouts, "workout")} with ${count(s.sets, "set")}`];
  if (s.checkins > 0) parts.push(` and ${count(s.checkins, "check-in")}`);
  let text = `${parts.join("")}.`;
  if (s.alreadyImported > 0) {
    text += ` ${count(s.alreadyImported, "set")} from it ${be(s.alreadyImported)} already imported and ${s.alreadyImported === 1 ? "stays" : "stay"} as ${s.alreadyImported === 1 ? "it is" : "they are"}.`;
  }
  return text;
}

/** The label of the button that stores the import. */
export function importButtonLabel(s: ImportSummary): string {
  if (s.workouts > 0) return `Import ${count(s.workouts, "workout")}`;
  if (s.checkins > 0) return `Import ${count(s.checkins, "check-in")}`;
  return "Import what is new";
}

/** Where the weights' unit came from, in one line (empty when the file has no weights to read). */
export function unitLine(s: ImportSummary): string {
  if (!s.unit) return "";
  const unit = s.unit === "kg" ? "kilograms (kg)" : "pounds (lb)";
  const read =
    s.unitFrom === "file"
      ? `Weights are read in ${unit}, as the file says.`
      : s.unitFrom === "request"
        ? `Weights are read in ${unit}, as you chose.`
        : `Weights are read in ${unit}.`;
  // Loads are stored exactly either way; the hint only saves the user from reading 195 lb as 88.45 kg.
  if (s.profileUnit && s.profileUnit !== s.unit) {
    return `${read} Spotter shows weights in ${s.profileUnit} at the moment; you can switch to ${s.unit} under Me, Profile.`;
  }
  return read;
}

/** How many custom exercises this import makes (names made by an earlier import are not counted again). */
export function customCount(s: ImportSummary): number {
  return s.customExercises.length;
}

/** The result's sentences after a real import. */
export function resultLines(s: ImportSummary): string[] {
  if (nothingNew(s)) return ["Nothing new was added: everything in this file was already imported."];
  const lines = [`You imported ${count(s.workouts, "workout")} with ${count(s.sets, "set")}.`];
  if (s.checkins > 0) lines.push(`${count(s.checkins, "check-in")} came with them.`);
  const custom = customCount(s);
  if (custom > 0) {
    lines.push(
      `${count(custom, "new custom exercise")} ${was(custom)} added to your library for names Spotter did not know.`,
    );
  }
  if (s.alreadyImported > 0) lines.push(`${count(s.alreadyImported, "set")} ${was(s.alreadyImported)} already there.`);
  if (s.skipped.length > 0) lines.push(`${count(s.skipped.length, "row")} ${was(s.skipped.length)} skipped.`);
  return lines;
}

/** The skipped list starts open only when it is short enough to read at a glance. */
export const SKIPPED_OPEN_MAX = 5;
/** The name list starts open only when it is short. */
export const MAPPING_OPEN_MAX = 12;

/** An import failure in words, naming the field it is about (the file) when it is about the file. */
export function importErrorText(e: unknown): string {
  if (!(e instanceof ApiError) || e.status === 0 || e.status >= 500 || e.status === 401 || e.status === 429) {
    return messageOf(e);
  }
  if (e.status === 413) {
    return "File: this file is larger than Spotter takes in one go. If the app can export a shorter period, import it in parts.";
  }
  const detail = e.details.find((d) => d.path !== "unit" && d.message);
  // The server names the query field it rejected; "format" is the app choice on this screen.
  const field = detail?.path === "format" ? "App" : "File";
  // Field messages are often fragments ("is empty"); they read as a sentence about the file.
  const text = detail ? (/^[a-z]/.test(detail.message) ? `the file ${detail.message}` : detail.message) : e.message;
  return `${field}: ${/[.?]$/.test(text) ? text : `${text}.`}`;
}

/** The tag of a mapped name: a custom exercise made now, or one an earlier import made. */
export function customTag(m: { custom: boolean; created?: boolean }): string {
  if (!m.custom) return "";
  return m.created === false ? "your custom exercise" : "new custom exercise";
}
