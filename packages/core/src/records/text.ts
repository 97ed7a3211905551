/**
 * The one rule for text a user can store (trust issue): which characters a field may hold and how long it may be.
 * The API schemas, the CSV import and the backup validator all use it, so SQLite and PostgreSQL are never asked to
 * store text one of them refuses (PostgreSQL rejects NUL in text, SQLite stores it), and a bad field is refused with
 * a 400 naming it instead of a 500 from the engine.
 *
 * Refused, never cleaned: control characters (U+0000-U+001F and U+007F; a multi-line field allows tab, line feed
 * and carriage return) and lone UTF-16 surrogates (half of a character, which neither engine can store as sent).
 */
import { z } from "zod";

/** Maximum length, in UTF-16 code units (JavaScript's `length`), of every stored text field by what it is. */
export const TEXT_LIMITS = {
  /** Ids made by the server or a client (record ids, client ids, exercise ids). */
  id: 100,
  /** Exercise names and aliases, supplement names, personal token names. */
  name: 100,
  /** Muscle names of a custom exercise. */
  muscle: 50,
  /** Coaching cues of a custom exercise. */
  cue: 200,
  /** Session titles. */
  title: 200,
  /** Who gave a clearance. */
  by: 200,
  /** Share link labels. */
  label: 200,
  /** Notes: check-ins, sessions, the profile's diagnosis notes. */
  note: 2000,
  /** A note on one set, or on one exercise of a session. */
  shortNote: 500,
  /** A clearance's restrictions. */
  restrictions: 2000,
  /** A search query. */
  query: 100,
  /** A unit word (supplement units). */
  unit: 10,
} as const;

/** A kind of text field in the limits table. */
export type TextField = keyof typeof TEXT_LIMITS;

/** Fields that may hold several lines (tab, line feed and carriage return allowed). */
const MULTI_LINE: ReadonlySet<TextField> = new Set(["note", "restrictions", "cue"]);

/** What is wrong with a text's characters for a field, in plain words, or null when it is fine. */
export function textProblem(text: string, multiLine: boolean): string | null {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c === 0x7f) {
      if (multiLine && (c === 0x09 || c === 0x0a || c === 0x0d)) continue;
      return c === 0 ? "must not contain a NUL character" : "must not contain control characters";
    }
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      return "must not contain half of a character (an unpaired surrogate)";
    }
    if (c >= 0xdc00 && c <= 0xdfff) return "must not contain half of a character (an unpaired surrogate)";
  }
  return null;
}

/** True when a field of this kind may hold several lines. */
export function isMultiLine(field: TextField): boolean {
  return MULTI_LINE.has(field);
}

/** What is wrong with a text for a field (characters or length), or null when it is fine. */
export function fieldProblem(field: TextField, text: string): string | null {
  const chars = textProblem(text, isMultiLine(field));
  if (chars) return chars;
  const max = TEXT_LIMITS[field];
  return text.length > max ? `must be at most ${max} characters` : null;
}

/**
 * A Zod string for a field of the limits table: the character rule, the field's maximum length, and optionally a
 * minimum and trimming (trimmed before the length is checked, as the API always did).
 */
export function zTextField(field: TextField, opts: { min?: number; trim?: boolean } = {}) {
  const multiLine = isMultiLine(field);
  let s = z.string();
  if (opts.trim) s = s.trim();
  if (opts.min !== undefined) s = s.min(opts.min);
  return s.max(TEXT_LIMITS[field]).superRefine((v, ctx) => {
    const problem = textProblem(v, multiLine);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });
}

/** A single-line text of at most `max` characters under the character rule (for limits outside the table). */
export function zLine(max: number) {
  return z
    .string()
    .max(max)
    .superRefine((v, ctx) => {
      const problem = textProblem(v, false);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    });
}

/** One place in a JSON value being walked: the value, and its key and parent place (for the path, built once). */
interface Place {
  value: unknown;
  key: string | number | null;
  parent: Place | null;
  /** True for an object's entry, whose key is text to check too. */
  isEntry?: boolean;
}

function pathOf(place: Place): string {
  const keys: (string | number)[] = [];
  for (let p: Place | null = place; p && p.key !== null; p = p.parent) keys.push(p.key);
  return keys.reverse().join(".") || "(body)";
}

/**
 * The first text anywhere in a JSON value that breaks the character rule, with its dotted path (keys included), or
 * null. Multi-line text is allowed everywhere here; a field's own schema is stricter where it knows the field. The
 * walk keeps its own stack, as JSON may nest deeper than the call stack goes.
 */
export function findBadText(value: unknown): { path: string; message: string } | null {
  const stack: Place[] = [{ value, key: null, parent: null }];
  while (stack.length > 0) {
    const place = stack.pop() as Place;
    if (place.isEntry) {
      // An object's key is checked as its entry is reached, before its value, as a recursive walk would.
      const keyProblem = textProblem(String(place.key), false);
      if (keyProblem) return { path: pathOf(place), message: `has a key that ${keyProblem}` };
    }
    const v = place.value;
    if (typeof v === "string") {
      const problem = textProblem(v, true);
      if (problem) return { path: pathOf(place), message: problem };
    } else if (Array.isArray(v)) {
      // Pushed last-first, so the walk visits them in order and the first bad text found is the first in the body.
      for (let i = v.length - 1; i >= 0; i--) stack.push({ value: v[i], key: i, parent: place });
    } else if (v !== null && typeof v === "object") {
      const entries = Object.entries(v);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [k, x] = entries[i] as [string, unknown];
        stack.push({ value: x, key: k, parent: place, isEntry: true });
      }
    }
  }
  return null;
}
