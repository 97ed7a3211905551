/**
 * From a validated Spotter backup to the records to store (SPEC X2): everything comes back as it was written
 * (client ids, times, pain values, flags, sources), with fresh record ids. Records the user already has (same client
 * id, same check-in day, same clearance) are left alone, so restoring a backup twice adds nothing.
 */
import { exerciseById } from "../catalog/index.js";
import type { BackupInput } from "../records/backup.js";
import type { Checkin, RedFlagAnswers } from "../records/checkin.js";
import type { Clearance } from "../records/clearance.js";
import type { DailyEntry } from "../records/daily.js";
import type { ExerciseDef } from "../records/exercise.js";
import { applyProfileUpdate, defaultProfile, type Profile } from "../records/profile.js";
import type { LoggedSet, TrainingSession } from "../records/session.js";
import { RED_FLAG_KEYS } from "../records/vocab.js";
import type { ExistingKeys, IngestIds, IngestResult } from "./types.js";

/** Replaces every string equal to a remapped id, deep inside a JSON value (a plan names its exercises by id). */
function remapIds(value: unknown, ids: ReadonlyMap<string, string>): unknown {
  if (ids.size === 0) return value;
  if (typeof value === "string") return ids.get(value) ?? value;
  if (Array.isArray(value)) return value.map((v) => remapIds(v, ids));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, remapIds(v, ids)]));
  }
  return value;
}

/** Custom exercises: one the user has (same name) is reused; a new one keeps its id unless that id is taken. */
function restoreCustoms(
  backup: BackupInput,
  existing: ExistingKeys,
  takenIds: ReadonlySet<string>,
  ids: IngestIds,
): { created: ExerciseDef[]; remap: Map<string, string> } {
  const byName = new Map(existing.customExercises.map((d) => [d.name.trim().toLowerCase(), d.id]));
  const created: ExerciseDef[] = [];
  const remap = new Map<string, string>();
  for (const d of backup.exercises) {
    const mine = byName.get(d.name.trim().toLowerCase());
    if (mine !== undefined) {
      if (mine !== d.id) remap.set(d.id, mine);
      continue;
    }
    // An id taken by any account, or not in the custom space, gets a fresh one of the user's own.
    const id = takenIds.has(d.id) || !d.id.startsWith("custom-") ? `custom-${ids.newId()}` : d.id;
    if (id !== d.id) remap.set(d.id, id);
    const def: ExerciseDef = {
      ...d,
      id,
      aliases: [...d.aliases],
      secondaryMuscles: [...(d.secondaryMuscles ?? [])],
      beltEligible: d.beltEligible ?? false,
      cues: [...d.cues],
    };
    created.push(def);
    byName.set(d.name.trim().toLowerCase(), id);
  }
  return { created, remap };
}

function fullRedFlags(r: Partial<Record<string, boolean | null | undefined>>): RedFlagAnswers {
  return Object.fromEntries(RED_FLAG_KEYS.map((k) => [k, r[k] ?? null])) as RedFlagAnswers;
}

/**
 * The records a backup adds. `takenCustomIds` lists custom exercise ids already used by any account (ids are
 * global keys). The backup's profile replaces the current one only when the account holds no sessions and no
 * check-ins yet: restoring into a fresh account brings the settings back, restoring into a used one keeps them.
 */
export function ingestBackup(
  backup: BackupInput,
  existing: ExistingKeys,
  takenCustomIds: ReadonlySet<string>,
  ids: IngestIds,
): IngestResult {
  const { created, remap } = restoreCustoms(backup, existing, takenCustomIds, ids);
  const exId = (id: string) => remap.get(id) ?? id;
  const sessions: TrainingSession[] = [];
  const sets: LoggedSet[] = [];
  let alreadyImported = 0;
  let sessionsExtended = 0;
  for (const s of backup.sessions) {
    const storedId = existing.sessionsByClientId.get(s.clientId);
    const sessionId = storedId ?? ids.newId();
    const { sets: backupSets, id: _oldId, ...fields } = s;
    // Notes are keyed by exercise id, so a custom exercise's note follows it to its id in this account.
    const exerciseNotes = fields.exerciseNotes
      ? Object.fromEntries(Object.entries(fields.exerciseNotes).map(([k, v]) => [exId(k), v]))
      : null;
    if (!storedId) sessions.push({ ...fields, exerciseNotes, id: sessionId });
    let added = 0;
    for (const x of backupSets) {
      if (existing.setClientIds.has(x.clientId)) {
        alreadyImported++;
        continue;
      }
      sets.push({ ...x, id: ids.newId(), sessionId, exerciseId: exId(x.exerciseId) });
      added++;
    }
    if (storedId && added > 0) sessionsExtended++;
  }
  const checkins: Checkin[] = backup.checkins
    .filter((c) => !existing.checkinDates.has(c.date))
    .map((c) => ({
      ...c,
      id: ids.newId(),
      redFlags: fullRedFlags(c.redFlags),
      sleep: c.sleep
        ? {
            hours: c.sleep.hours ?? null,
            quality: c.sleep.quality ?? null,
            position: c.sleep.position ?? null,
            supportUsed: c.sleep.supportUsed ?? null,
          }
        : null,
      habits: c.habits
        ? {
            lumbarSupport: c.habits.lumbarSupport ?? null,
            sittingHours: c.habits.sittingHours ?? null,
            foamRolling: c.habits.foamRolling ?? null,
          }
        : null,
      function: c.function ?? null,
    }));
  const daily: DailyEntry[] = backup.daily
    .filter((d) => !existing.dailyClientIds.has(d.clientId))
    .map((d) => ({ ...d, id: ids.newId() }) as DailyEntry);
  const clearances: Clearance[] = backup.clearances
    .filter((c) => !existing.clearanceKeys.has(`${c.date}|${c.by}|${Date.parse(c.recordedAt)}`))
    .map((c) => ({ ...c, id: ids.newId() }));
  const retests = (backup.retests ?? []).filter(
    (r) => !(existing.retestKeys ?? new Set<string>()).has(`${r.exerciseId}|${r.date}|${r.accept ? 1 : 0}`),
  );
  const screens = (backup.screens ?? []).filter(
    (x) => !(existing.screenKeys ?? new Set<string>()).has(`${x.kind}|${x.date}|${Date.parse(x.createdAt)}`),
  );
  const plans = backup.plans
    .filter((p) => !existing.planCreatedAts.has(Date.parse(p.createdAt)))
    .map((p) => ({ id: ids.newId(), createdAt: Date.parse(p.createdAt), plan: remapIds(p.plan, remap) }));
  const fresh = existing.sessionsByClientId.size === 0 && existing.checkinDates.size === 0;
  return {
    customExercises: created,
    sessions,
    sets,
    checkins,
    daily,
    clearances,
    retests,
    screens,
    importMappings: (backup.importMappings ?? []).map((m) => ({ ...m, exerciseId: exId(m.exerciseId) })),
    plans,
    profile: fresh ? restoreProfile(backup, remap) : undefined,
    mapping: created.map((d) => ({
      name: d.name,
      exerciseId: d.id,
      exerciseName: exerciseById(d.id, created)?.name ?? d.name,
      custom: true,
      created: true,
    })),
    alreadyImported,
    sessionsExtended,
  };
}

/** The backup's profile over today's defaults, with exercise ids in its lists remapped. */
function restoreProfile(backup: BackupInput, remap: ReadonlyMap<string, string>): Profile {
  const { clearance, noticeAcceptedAt, ...writable } = backup.profile;
  const p = applyProfileUpdate(defaultProfile(), writable);
  return {
    ...p,
    aggravating: p.aggravating.map((a) =>
      "exerciseId" in a ? { exerciseId: remap.get(a.exerciseId) ?? a.exerciseId } : a,
    ),
    cleared: p.cleared.map((id) => remap.get(id) ?? id),
    clearance: clearance ? { ...clearance } : { status: "none" },
    noticeAcceptedAt: noticeAcceptedAt ?? null,
  };
}
