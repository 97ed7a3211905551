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

/**
 * The first text anywhere in a JSON value that breaks the character rule, with its dotted path (keys included), or
 * null. Multi-line text is allowed everywhere here; a field's own schema is stricter where it knows the field.
 */
export function findBadText(value: unknown, path: (string | number)[] = []): { path: string; message: string } | null {
  if (typeof value === "string") {
    const problem = textProblem(value, true);
    return problem ? { path: path.join(".") || "(body)", message: problem } : null;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const bad = findBadText(value[i], [...path, i]);
      if (bad) return bad;
    }
    return null;
  }
  if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      const keyProblem = textProblem(k, false);
      if (keyProblem) return { path: [...path, k].join(".") || "(body)", message: `has a key that ${keyProblem}` };
      const bad = findBadText(v, [...path, k]);
      if (bad) return bad;
    }
  }
  return null;
}
