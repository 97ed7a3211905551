/**
 * Bodies for the routes that take no JSON schema (the import's file, and writes without a body): CSV files in the
 * layouts of Strong, Hevy and FitNotes with hostile cells, a real backup with hostile values at random places, and
 * plain hostile text. Also query strings from the document's query parameters.
 */
import fc from "fast-check";
import type { JsonSchema } from "./openapiOps.js";
import { fromSchema, hostileString, hostileValue, replaceAt, toJsonText } from "./schemaArbitrary.js";

/** A header and one real row of each layout (from shared/samples), the rows' cells to be mutated. */
const LAYOUTS: [string, string[]][] = [
  [
    "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE",
    ["2026-07-28 20:14:20", "Ben", "7m", "Squat (Barbell)", "1", "110.0", "6", "0", "0", "", "", "8"],
  ],
  [
    "title,start_time,end_time,description,exercise_title,superset_id,exercise_notes,set_index,set_type,weight_kg,reps,distance_km,duration_seconds,rpe",
    ["Legs", "8 Apr 2026, 16:50", "8 Apr 2026, 17:43", "", "Pull Up", "", "", "0", "normal", "20", "7", "", "", ""],
  ],
  [
    "Date,Exercise,Category,Weight,Weight Unit,Reps,Distance,Distance Unit,Time,Comment",
    ["2026-08-04", "Lat Pulldown", "Back", "35.0", "kgs", "10", "", "", "", ""],
  ],
];

const cell = (s: string) => `"${s.replaceAll('"', '""')}"`;

/** A CSV export of one of the three apps, its rows valid or with hostile cells. */
export const csvFile: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(...LAYOUTS),
    fc.array(fc.array(fc.tuple(fc.nat({ max: 4 }), hostileString), { maxLength: 3 }), { minLength: 1, maxLength: 8 }),
    fc.constantFrom("\n", "\r\n", "\r"),
  )
  .map(([[header, row], mutations, eol]) => {
    const lines = mutations.map((muts) => {
      const cells = [...row];
      for (const [at, value] of muts) cells[(at * 3 + value.length) % cells.length] = value;
      return cells.map(cell).join(",");
    });
    return [header, ...lines].join(eol);
  });

/** A backup (the JSON of GET /export) with one to three values replaced by hostile ones. */
export function mutatedBackup(backup: unknown): fc.Arbitrary<string> {
  return fc
    .array(fc.tuple(fc.nat(), hostileValue), { minLength: 1, maxLength: 3 })
    .map((edits) => toJsonText(replaceAt(backup, edits)));
}

/** Any raw body: a CSV file, a mutated backup when one is given, or hostile text. */
export function rawBody(backup?: unknown): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: csvFile },
    ...(backup ? [{ weight: 3, arbitrary: mutatedBackup(backup) }] : []),
    { weight: 1, arbitrary: hostileString },
  );
}

/** A query string (with its `?`, or empty) for the given parameters, each present or not, valid or hostile. */
export function queryFor(params: { name: string; schema: JsonSchema }[]): fc.Arbitrary<string> {
  if (params.length === 0) return fc.constant("");
  const one = (p: { name: string; schema: JsonSchema }) =>
    fc.option(
      fromSchema(p.schema, { oneIn: 4 }).map((v) => [p.name, typeof v === "string" ? v : JSON.stringify(v)] as const),
      { nil: undefined },
    );
  return fc.tuple(...params.map(one)).map((pairs) => {
    const q = new URLSearchParams();
    for (const pair of pairs) if (pair) q.append(pair[0], pair[1]);
    const s = q.toString();
    return s ? `?${s}` : "";
  });
}
