/**
 * The function check (SPEC §2, T4): eight everyday tasks written for Spotter (not the wording of any licensed
 * questionnaire), each answered 0 (no trouble) to 4 (could not do it), scored 0-100 where 100 means no limitation.
 */
import { type Checkin, FUNCTION_ITEM_IDS, type FunctionItemId } from "../records/checkin.js";
import { addDays } from "../time.js";

/** One task of the function check. */
export interface FunctionItem {
  id: FunctionItemId;
  /** The task, completing "Over the last day, how much did your back get in the way of ...". */
  text: string;
}

/** The line that introduces the tasks. */
export const FUNCTION_CHECK_PROMPT = "Over the last day, how much did your back get in the way of:";

const TEXTS: Record<FunctionItemId, string> = {
  walking: "a 10-minute walk at your usual pace",
  sitting: "sitting for half an hour, at a desk or in a car",
  standing: "standing still for 15 minutes, for example in a queue",
  dressing: "getting dressed, shoes included",
  lifting: "lifting a full shopping bag up onto a table",
  bending: "bending down to load a washing machine or dishwasher",
  sleeping: "getting comfortable in bed and staying asleep",
  carrying: "carrying a bag in one hand for a few minutes",
};

/** The eight tasks, in FUNCTION_ITEM_IDS order. */
export const FUNCTION_ITEMS: readonly FunctionItem[] = FUNCTION_ITEM_IDS.map((id) => ({ id, text: TEXTS[id] }));

/** The answer labels, index = answer value (0 no trouble .. 4 could not do it). */
export const FUNCTION_ANSWER_LABELS: readonly string[] = [
  "Not at all",
  "A little",
  "Somewhat",
  "A lot",
  "I could not do it",
];

/** Fewest answered tasks for a score; with fewer, the check is too thin to compare day to day. */
export const FUNCTION_MIN_ANSWERED = 6;

/** A function check score: 0-100 (100 = no limitation), or null with fewer than 6 answered tasks. */
export interface FunctionScore {
  score: number | null;
  answered: number;
}

/**
 * Scores a function check. Missing tasks are left out and the score is scaled to the answered ones (the mean
 * answer of the answered tasks), so skipping a task neither helps nor hurts; at least 6 of 8 must be answered.
 * Answers outside 0-4 or not whole numbers are ignored as unanswered.
 */
export function scoreFunctionCheck(answers: Partial<Record<FunctionItemId, number>> | null | undefined): FunctionScore {
  let sum = 0;
  let answered = 0;
  for (const id of FUNCTION_ITEM_IDS) {
    const v = answers?.[id];
    if (v === undefined || !Number.isInteger(v) || v < 0 || v > 4) continue;
    sum += v;
    answered++;
  }
  if (answered < FUNCTION_MIN_ANSWERED) return { score: null, answered };
  return { score: Math.round(100 - (sum / (answered * 4)) * 100), answered };
}

/** How much a score must change to count as a real change (our judgement; see docs/evidence/readiness.md). */
export const FUNCTION_CHANGE_POINTS = 10;

/** One scored day of the function check. */
export interface FunctionPoint {
  date: string;
  score: number;
}

/** The function check over a window: the scored days, the latest score and the change from the first. */
export interface FunctionTrend {
  points: FunctionPoint[];
  latest: number | null;
  /** Latest minus the first score in the window (positive = fewer limits); null with fewer than 2 points. */
  change: number | null;
  direction: "better" | "worse" | "steady" | null;
}

/** The function-check trend over the inclusive window of `days` days ending on `date` (default 28). */
export function functionCheckTrend(
  checkins: readonly Pick<Checkin, "date" | "function">[],
  date: string,
  days = 28,
): FunctionTrend {
  const from = addDays(date, -(days - 1));
  const points = checkins
    .filter((c) => c.date >= from && c.date <= date)
    .map((c) => ({ date: c.date, score: scoreFunctionCheck(c.function).score }))
    .filter((p): p is FunctionPoint => p.score !== null)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return { points, latest: null, change: null, direction: null };
  if (points.length < 2) return { points, latest: last.score, change: null, direction: null };
  const change = last.score - first.score;
  const direction =
    change >= FUNCTION_CHANGE_POINTS ? "better" : change <= -FUNCTION_CHANGE_POINTS ? "worse" : "steady";
  return { points, latest: last.score, change, direction };
}
