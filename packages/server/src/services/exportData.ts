/** The user's data out (SPEC X2): the full JSON backup and the sets as CSV in Strong's layout. */
import { type Backup, buildBackup, type InflammatoryScreenInput, localDay, toStrongCsv } from "@spotter/core";
import { allImportMappings, listPlans, setSourceNames } from "@spotter/db";
import type { Deps } from "../context.js";
import { loadUserLog } from "./log.js";

/** The full backup of one user's log, with the file name it is offered under. */
export async function exportBackup(deps: Deps, userId: string): Promise<{ backup: Backup; fileName: string }> {
  const log = await loadUserLog(deps, userId);
  const plans = await listPlans<unknown>(deps.db.kysely, userId);
  const now = deps.now();
  const screens = log.screens.map((x) => ({
    kind: "inflammatory" as const,
    date: x.date,
    answers: x.answers as InflammatoryScreenInput,
    createdAt: x.createdAt,
  }));
  // Each imported set carries the name its file gave it, so a restored account keeps its import identity.
  const sources = await setSourceNames(deps.db.kysely, userId);
  const sessions = log.sessions.map((x) => ({
    ...x,
    sets: x.sets.map((set) => {
      const sourceName = sources.get(set.id);
      return sourceName === undefined ? set : { ...set, sourceName };
    }),
  }));
  const importMappings = await allImportMappings(deps.db.kysely, userId);
  const backup = buildBackup({ ...log, sessions, plans, screens, importMappings }, new Date(now).toISOString());
  return { backup, fileName: `spotter-backup-${localDay(now, log.profile.timeZone)}.json` };
}

/** Text gathered per piece of a streamed backup: big enough to write efficiently, small next to a large log. */
const PIECE_CHARS = 64 * 1024;

/**
 * The backup as JSON text in pieces of about 64 KiB, exactly `JSON.stringify(backup)` when joined: the lists
 * (sessions with their sets, check-ins, daily entries) are written item by item, so a large account's backup is
 * never one string in memory.
 */
export function* backupJsonPieces(backup: Backup): Generator<string> {
  let piece = "{";
  let first = true;
  for (const [key, value] of Object.entries(backup)) {
    if (value === undefined || typeof value === "function") continue;
    piece += `${first ? "" : ","}${JSON.stringify(key)}:`;
    first = false;
    if (!Array.isArray(value)) {
      piece += JSON.stringify(value);
      continue;
    }
    piece += "[";
    for (let i = 0; i < value.length; i++) {
      piece += `${i === 0 ? "" : ","}${JSON.stringify(value[i]) ?? "null"}`;
      if (piece.length >= PIECE_CHARS) {
        yield piece;
        piece = "";
      }
    }
    piece += "]";
  }
  yield `${piece}}`;
}

/** Every set of one user as Strong-layout CSV (weights in the user's unit), with its file name. */
export async function exportStrongCsv(deps: Deps, userId: string): Promise<{ csv: string; fileName: string }> {
  const log = await loadUserLog(deps, userId);
  const names = new Map(log.exercises.map((e) => [e.id, e.name]));
  // Each imported set's source name goes back out as Source Name, so importing the export adds nothing (X1).
  const sources = await setSourceNames(deps.db.kysely, userId);
  const csv = toStrongCsv(
    log.sessions,
    (id) => names.get(id) ?? id,
    log.profile.unit,
    log.profile.timeZone,
    (setId) => sources.get(setId),
  );
  return { csv, fileName: `spotter-sets-${localDay(deps.now(), log.profile.timeZone)}.csv` };
}
