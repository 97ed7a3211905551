/** X3 safety sections: nerve symptoms, red-flag answers with clearances, and the readiness tier of each day. */
import { READINESS_SERIES_MAX_DAYS, readinessSeries, redFlagTier } from "../readiness/index.js";
import type { Checkin } from "../records/checkin.js";
import type { Clearance } from "../records/clearance.js";
import type { SessionWithSets } from "../records/session.js";
import { RED_FLAG_KEYS, TIERS, type Tier } from "../records/vocab.js";
import { daysBetween, localDay } from "../time.js";
import {
  dayText,
  listText,
  plural,
  REPORT_NERVE_KIND_TEXT,
  REPORT_NERVE_TREND_TEXT,
  REPORT_RED_FLAG_TEXT,
  REPORT_REGION_TEXT,
  regionSide,
} from "./labels.js";
import type { ReportClearance, ReportLockSpell, ReportNerve, ReportReadiness, ReportRedFlags } from "./types.js";

/** Every nerve-symptom entry of the range, and each distinct symptom's latest trend. */
export function nerveSection(inRange: readonly Checkin[]): ReportNerve {
  const entries = inRange.flatMap((c) =>
    c.nerve.map((n) => ({
      date: c.date,
      ...n,
      kindText: REPORT_NERVE_KIND_TEXT[n.kind],
      regionText: REPORT_REGION_TEXT[n.region],
      trendText: REPORT_NERVE_TREND_TEXT[n.trend],
    })),
  );
  // A symptom is its kind plus its side (SPEC §2); the latest entry of each gives its trend at the end.
  const latest = new Map<string, ReportNerve["symptoms"][number]>();
  for (const e of entries) {
    const side = regionSide(e.region);
    const where = side === "centre" ? "central or midline" : `${side} side`;
    latest.set(`${e.kind}|${side}`, {
      kind: e.kind,
      side,
      latest: e.trend,
      lastDate: e.date,
      text: `${e.kindText}, ${where}: ${e.trendText} on ${dayText(e.date)}`,
    });
  }
  const symptoms = [...latest.values()];
  const summary =
    entries.length === 0
      ? "No numbness, tingling or weakness was reported in this period."
      : `${plural(entries.length, "nerve-symptom entry", "nerve-symptom entries")} on ${plural(new Set(entries.map((e) => e.date)).size, "day")}. Latest of each: ${symptoms.map((s) => s.text).join("; ")}.`;
  return { entries, symptoms, summary };
}

/** Every "yes" with its day, the days the questions were answered, and the clearances recorded. */
export function redFlagSection(
  inRange: readonly Checkin[],
  clearances: readonly Clearance[],
  from: string,
  to: string,
  timeZone: string,
): ReportRedFlags {
  const yes: ReportRedFlags["yes"] = [];
  const answeredDates: string[] = [];
  for (const c of inRange) {
    let answered = false;
    for (const key of RED_FLAG_KEYS) {
      const v = c.redFlags[key];
      if (v === true || v === false) answered = true;
      if (v === true) yes.push({ date: c.date, key, label: REPORT_RED_FLAG_TEXT[key], tier: redFlagTier(key) });
    }
    if (answered) answeredDates.push(c.date);
  }
  // The clearance day as entered is what the user reports; the recorded instant decides what it covered.
  const dated = [...clearances]
    .map((c) => ({ c, recordedDay: localDay(Date.parse(c.recordedAt), timeZone) }))
    .filter((x) => x.recordedDay <= to)
    .sort((a, b) => (a.c.recordedAt < b.c.recordedAt ? -1 : a.c.recordedAt > b.c.recordedAt ? 1 : 0));
  const toRow = (x: (typeof dated)[number], inRange: boolean): ReportClearance => ({
    date: x.c.date,
    by: x.c.by,
    restrictions: x.c.restrictions,
    recordedAt: x.c.recordedAt,
    recordedDay: x.recordedDay,
    inRange,
  });
  const before = dated.filter((x) => x.recordedDay < from).at(-1);
  const rows = [
    ...(before ? [toRow(before, false)] : []),
    ...dated.filter((x) => x.recordedDay >= from).map((x) => toRow(x, true)),
  ];
  const parts: string[] = [];
  if (answeredDates.length === 0) parts.push("The red-flag questions were not answered in this period.");
  else
    parts.push(
      `The red-flag questions were answered on ${plural(answeredDates.length, "day")}, last on ${dayText(answeredDates.at(-1) ?? to)}.`,
    );
  if (yes.length === 0) parts.push('No question was answered "yes".');
  else {
    const signs = [...new Set(yes.map((y) => y.label))];
    parts.push(`"Yes" was answered ${plural(yes.length, "time")}: ${listText(signs)}.`);
  }
  const recorded = rows.filter((r) => r.inRange).length;
  parts.push(
    recorded === 0
      ? "No professional clearance was recorded in this period."
      : `${plural(recorded, "professional clearance")} recorded in this period.`,
  );
  return { yes, answeredDates, clearances: rows, summary: parts.join(" ") };
}

/** Short clinical words for the locking reasons (R1 and R2); other codes fall back to the app's own message. */
const LOCK_REASON_TEXT: Readonly<Record<string, string>> = {
  RED_FLAG_BLADDER_BOWEL: "bladder or bowel disturbance reported",
  RED_FLAG_SADDLE: "saddle-area numbness reported",
  RED_FLAG_WORSENING_WEAKNESS: "progressive leg weakness reported",
  RED_FLAG_BOTH_LEGS: "bilateral leg symptoms reported",
  RED_FLAG_SEXUAL_DYSFUNCTION: "new sexual dysfunction reported",
  NERVE_LEG_WEAKNESS_WORSE: "worsening weakness in a leg",
  NERVE_BOTH_LEGS: "nerve symptoms in both legs",
  RED_FLAG_FEVER: "fever or chills reported",
  RED_FLAG_TRAUMA: "recent trauma reported",
  RED_FLAG_CANCER: "history of cancer reported",
  RED_FLAG_WEIGHT_LOSS: "unexplained weight loss reported",
  RED_FLAG_NIGHT_PAIN: "unremitting night pain reported",
  RED_FLAG_INFECTION_RISK: "infection risk reported",
  RED_FLAG_ONSET_AFTER_50: "onset after 50 reported",
  NERVE_UNCLEARED: "nerve symptoms not yet assessed",
  NERVE_NEW_OR_WORSE: "new or worsening nerve symptoms",
  NO_IMPROVEMENT: "no improvement over a month",
};

/** The readiness tier of each day as the app computed it that day, with the spells of R1 and R2 locks. */
export function readinessSection(
  checkins: readonly Checkin[],
  sessions: readonly SessionWithSets[],
  clearances: readonly Clearance[],
  from: string,
  to: string,
  timeZone: string,
): ReportReadiness {
  const series = readinessSeries({ checkins, sessions, clearances, timeZone }, from, to);
  const truncated = daysBetween(from, to) + 1 > READINESS_SERIES_MAX_DAYS;
  const counts = Object.fromEntries(TIERS.map((t) => [t, 0])) as Record<Tier, number>;
  const spells: ReportLockSpell[] = [];
  // A day without a check-in is "no check-in", never a tier, unless a lock applied to it.
  const missing = (d: (typeof series)[number]) =>
    d.readiness.tier !== "R1" && d.readiness.tier !== "R2" && d.readiness.reasons.some((x) => x.code === "NO_CHECKIN");
  let noCheckin = 0;
  for (const d of series) {
    const tier = d.readiness.tier;
    if (missing(d)) {
      noCheckin += 1;
      continue;
    }
    counts[tier] += 1;
    if (tier !== "R1" && tier !== "R2") continue;
    const open = spells.at(-1);
    if (open && open.tier === tier && daysBetween(open.to, d.date) === 1) {
      open.to = d.date;
      continue;
    }
    const first = d.readiness.reasons[0];
    spells.push({
      from: d.date,
      to: d.date,
      tier,
      reason: first ? (LOCK_REASON_TEXT[first.code] ?? first.message) : "",
    });
  }
  const shown = series.length;
  const parts = [
    `Readiness as the app worked it out each day${truncated ? ` (the last ${shown} days only)` : ""}: ` +
      TIERS.filter((t) => counts[t] > 0)
        .map((t) => `${t} on ${plural(counts[t], "day")}`)
        .join(", ") +
      ".",
  ];
  if (shown === 0) parts[0] = "No readiness to show for this period.";
  parts.push(
    spells.length === 0
      ? "Training was not locked on any day (no R1 or R2)."
      : `Training was locked in ${plural(spells.length, "spell")} (R1 or R2).`,
  );
  if (noCheckin > 0) parts.push(`No check-in on ${plural(noCheckin, "day")}; those days are shown as "no check-in".`);
  return {
    days: series.map((d) => ({
      date: d.date,
      tier: d.readiness.tier,
      ...(missing(d) ? { noCheckin: true as const } : {}),
    })),
    counts,
    noCheckin,
    spells,
    truncated,
    summary: parts.join(" "),
  };
}
