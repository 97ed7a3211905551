/**
 * X3 triggers and training avoided. Statuses come from the one T2 function (`triggerInsights`), fed the log up to
 * the end of the range, so the report says what the app concluded by then; nothing here re-decides a status.
 */
import { aggravatingDirections } from "../catalog/index.js";
import { type RetestDecision, type TriggerInsight, testInWords, triggerInsights } from "../insights/index.js";
import type { WeeklyPlan } from "../planning/index.js";
import type { Checkin } from "../records/checkin.js";
import type { Exercise } from "../records/exercise.js";
import type { Profile } from "../records/profile.js";
import type { SessionWithSets } from "../records/session.js";
import type { Pattern } from "../records/vocab.js";
import { rankAlternatives } from "../substitution/index.js";
import { dayText, listText, plural } from "./labels.js";
import type { ReportAvoided, ReportTrainingAvoided, ReportTrigger, ReportTriggers } from "./types.js";

/** A pattern slug in words ("horizontal-pull" -> "horizontal pull"). */
function patternText(p: Pattern): string {
  return p.replace(/-/g, " ");
}

function nameOf(id: string, exercises: ReadonlyMap<string, Exercise>): string {
  return exercises.get(id)?.name ?? id.replace(/[-_]+/g, " ");
}

/** The T2 list as of the end of the range: sessions and check-ins up to `to`. */
export function insightsUpTo(
  sessions: readonly SessionWithSets[],
  checkins: readonly Checkin[],
  profile: Profile,
  exercises: readonly Exercise[],
  to: string,
  retests: readonly RetestDecision[] = [],
): TriggerInsight[] {
  // T6: re-test answers count as of the end of the range too, so a passed re-test reads as the app read it then.
  return triggerInsights(
    { sessions: sessions.filter((s) => s.date <= to), checkins: checkins.filter((c) => c.date <= to) },
    { ...profile, retests: retests.filter((d) => d.date <= to) },
    exercises,
  );
}

const toTrigger = (i: TriggerInsight): ReportTrigger => ({
  subject: i.subject,
  name: i.name,
  source: i.source,
  exposures: i.exposures,
  lastDate: i.lastDate,
  evidence: i.evidence,
});

/** Confirmed and suspected triggers with their evidence, and what the user named or cleared. */
export function triggersSection(
  insights: readonly TriggerInsight[],
  profile: Profile,
  exercises: ReadonlyMap<string, Exercise>,
  to: string,
): ReportTriggers {
  // Named patterns are listed with what the user named; the trigger lists hold exercises only.
  const exerciseEntries = insights.filter((i) => !i.informational && "exerciseId" in i.subject);
  const confirmed = exerciseEntries.filter((i) => i.status === "trigger").map(toTrigger);
  const suspected = exerciseEntries.filter((i) => i.status === "suspected").map(toTrigger);
  const named = profile.aggravating.map((a) =>
    "pattern" in a
      ? { name: `all ${patternText(a.pattern)} movements`, kind: "pattern" as const }
      : "direction" in a
        ? {
            name: `movements with ${a.direction === "axial" ? "axial load" : a.direction} of the spine`,
            kind: "pattern" as const,
          }
        : { name: nameOf(a.exerciseId, exercises), kind: "exercise" as const },
  );
  const cleared = profile.cleared.map((id) => {
    const found = insights.find((i) => "exerciseId" in i.subject && i.subject.exerciseId === id && i.overruledByUser);
    return { exerciseId: id, name: nameOf(id, exercises), evidence: found ? found.evidence : null };
  });
  const parts = [
    `As of ${dayText(to)}, the log marks ${plural(confirmed.length, "exercise")} as ${confirmed.length === 1 ? "a trigger" : "triggers"} and ${plural(suspected.length, "exercise")} as suspected.`,
  ];
  if (named.length > 0) parts.push(`The user named as aggravating: ${listText(named.map((n) => n.name))}.`);
  if (cleared.length > 0)
    parts.push(
      `The user cleared ${listText(cleared.map((c) => c.name))}, so the app no longer treats it as a trigger.`,
    );
  const tests = exerciseEntries.flatMap((i) =>
    i.test && "exerciseId" in i.subject
      ? [{ exerciseId: i.subject.exerciseId, name: i.name, test: testInWords(i.test), evidence: i.evidence }]
      : [],
  );
  return { confirmed, suspected, named, cleared, tests, summary: parts.join(" ") };
}

/** What the plan leaves out and the first alternative it offers in its place (S1, as the plan would rank it). */
export function avoidedSection(
  insights: readonly TriggerInsight[],
  profile: Profile,
  exercises: readonly Exercise[],
  workingSetsById: ReadonlyMap<string, number>,
  plan?: WeeklyPlan,
): ReportTrainingAvoided {
  const byId = new Map(exercises.map((e) => [e.id, e]));
  // "Offered instead" is the swap the plan made: its item says "<new> in place of <old>: ...".
  const swapInPlan = (name: string): ReportAvoided["substitute"] => {
    const marker = ` in place of ${name.charAt(0).toLowerCase()}${name.slice(1)}:`;
    for (const d of plan?.days ?? []) {
      for (const b of d.blocks) {
        for (const it of b.items) {
          const to = byId.get(it.exerciseId);
          if (to && it.why?.includes(marker)) return { exerciseId: to.id, name: to.name, why: it.why };
        }
      }
    }
    return null;
  };
  const excluded = new Set<string>();
  const excludedPatterns = new Set<Pattern>();
  for (const a of profile.aggravating) if ("pattern" in a) excludedPatterns.add(a.pattern);
  for (const i of insights) {
    if (i.status === "trigger" && "exerciseId" in i.subject) excluded.add(i.subject.exerciseId);
  }
  const substituteFor = (id: string, tier: "R4" | "R5"): ReportAvoided["substitute"] => {
    const ex = byId.get(id);
    if (!ex) return null;
    const best = rankAlternatives(ex, {
      catalog: exercises,
      excluded,
      excludedPatterns,
      excludedDirections: aggravatingDirections(profile.aggravating),
      directionThreshold: profile.settings.directionThreshold,
      equipment: profile.equipment,
      tier,
      reason: "trigger",
      limit: 1,
    })[0];
    return best ? { exerciseId: best.exercise.id, name: best.exercise.name, why: best.why } : null;
  };

  const items: ReportAvoided[] = [];
  for (const p of excludedPatterns) {
    items.push({
      name: `All ${patternText(p)} movements`,
      why: "The user excluded this whole movement pattern; the plan trains the same muscles through other patterns.",
      substitute: null,
      setsInRange: exercises.filter((e) => e.pattern === p).reduce((n, e) => n + (workingSetsById.get(e.id) ?? 0), 0),
    });
  }
  for (const i of insights) {
    if (i.informational || !("exerciseId" in i.subject)) continue;
    const id = i.subject.exerciseId;
    if (i.status !== "trigger" && i.status !== "suspected") continue;
    const why =
      i.status === "suspected"
        ? "Suspected trigger: swapped for a better-supported variant on modified-training days (R4)."
        : i.source === "named"
          ? "Named by the user as aggravating: left out of every session."
          : "Found in the log as a trigger: left out of every session.";
    items.push({
      name: i.name,
      why,
      substitute: swapInPlan(i.name) ?? substituteFor(id, i.status === "suspected" ? "R4" : "R5"),
      setsInRange: workingSetsById.get(id) ?? 0,
    });
  }
  const left = items.filter((x) => x.setsInRange > 0);
  const summary =
    items.length === 0
      ? "The plan leaves nothing out: no triggers were found or named."
      : `The plan leaves out or swaps ${plural(items.length, "item")}.` +
        (left.length > 0 ? ` Working sets of ${listText(left.map((x) => x.name))} were logged in this period.` : "");
  return { items, summary };
}
