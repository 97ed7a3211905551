/** Words and numbers of the daily support screens, kept pure so they can be tested beside the screens. */
import {
  DAILY_SOURCES,
  type DailyDay,
  DEFAULT_WATER_ML_PER_KG,
  formatDailyAmount,
  type LearnPiece,
  type SupplementTotal,
  toUnit,
  type Unit,
  WATER_ML_PER_TRAINING_HOUR,
  waterFloorMl,
} from "@spotter/core";

/** A volume in mL as text: "750 mL" below a litre, "2.5 L" from a litre up. */
export function volumeText(ml: number): string {
  if (Math.abs(ml) < 1000) return `${formatDailyAmount(Math.round(ml))} mL`;
  return `${formatDailyAmount(Math.round(ml / 10) / 100)} L`;
}

/** Progress toward the water target: share (0-1, capped), what is left, and one line in words. */
export function waterProgress(waterMl: number, targetMl: number): { share: number; leftMl: number; line: string } {
  const share = targetMl > 0 ? Math.min(1, Math.max(0, waterMl / targetMl)) : 0;
  const leftMl = Math.max(0, targetMl - waterMl);
  const line =
    leftMl === 0 ? "You have reached today's target." : `${volumeText(leftMl)} to go to reach today's target.`;
  return { share, leftMl, line };
}

/** Hours as words: "1 hour", "1 hour 5 minutes", "45 minutes". */
export function hoursText(hours: number): string {
  const total = Math.round(hours * 60);
  const h = Math.floor(total / 60);
  const m = total % 60;
  const parts: string[] = [];
  if (h > 0) parts.push(`${h} hour${h === 1 ? "" : "s"}`);
  if (m > 0 || h === 0) parts.push(`${m} minute${m === 1 ? "" : "s"}`);
  return parts.join(" ");
}

/** How today's water target was found (N1), in the user's unit. */
export function waterTargetHow(
  day: Pick<DailyDay, "waterTargetMl" | "waterTargetBasis" | "trainingHours">,
  profile: {
    bodyWeightKg: number | null;
    sex: "female" | "male" | null;
    unit: Unit;
    settings?: { waterMlPerKg?: number };
  },
): string {
  const perKg = profile.settings?.waterMlPerKg ?? DEFAULT_WATER_ML_PER_KG;
  const trainingMl = Math.round(Math.max(0, day.trainingHours) * WATER_ML_PER_TRAINING_HOUR);
  const floor = waterFloorMl(profile.sex);
  let base: string;
  if (day.waterTargetBasis === "body-weight" && profile.bodyWeightKg != null) {
    const w = profile.bodyWeightKg;
    const shown =
      profile.unit === "lb"
        ? `${perKg} mL per kg (about ${Math.round(perKg / toUnit(1, "lb"))} mL per lb) of your ${Math.round(toUnit(w, "lb"))} lb body weight`
        : `${perKg} mL per kg of your ${formatDailyAmount(w)} kg body weight`;
    base = `${shown} gives ${volumeText(Math.round(w * perKg))}`;
  } else if (profile.bodyWeightKg == null) {
    base = `Without a body weight, the target starts from the general minimum of ${volumeText(floor)} a day; add your weight under Me for one that fits you`;
  } else {
    base = `The general minimum of ${volumeText(floor)} a day is more than your body weight alone gives, so it is used`;
  }
  const training =
    trainingMl > 0
      ? `, plus ${volumeText(trainingMl)} for about ${hoursText(day.trainingHours)} of training (${WATER_ML_PER_TRAINING_HOUR} mL an hour).`
      : ".";
  return `${base}${training} This counts what you drink, not water in food.`;
}

/** The choice of serving sizes for the one-tap add, with the user's own size when it is not one of them. */
export function servingChoices(current: number): { ml: number; label: string }[] {
  const base = [
    { ml: 250, label: "Glass" },
    { ml: 500, label: "Bottle" },
    { ml: 750, label: "Large bottle" },
  ];
  if (!base.some((b) => b.ml === current) && current > 0) base.push({ ml: current, label: "Your size" });
  return base;
}

/** The word for one serving of a size: "glass" up to 300 mL, "bottle" above. */
export function servingWord(ml: number): string {
  return ml <= 300 ? "glass" : "bottle";
}

/** A supplement total in words, with what it is compared to. */
export function totalLines(t: SupplementTotal): { amount: string; reference: string | null } {
  const amount = `${formatDailyAmount(t.total)} ${t.unit}`;
  if (t.referenceIntake == null || t.upperLimit == null) return { amount, reference: null };
  return {
    amount,
    reference: `Reference intake ${formatDailyAmount(t.referenceIntake)} ${t.unit} a day · upper limit ${formatDailyAmount(t.upperLimit)} ${t.unit}`,
  };
}

/** Where the total sits on a scale that shows the upper limit with some room beyond it (0-1 each). */
export function totalScale(t: SupplementTotal): { total: number; reference: number; upper: number } | null {
  if (t.referenceIntake == null || t.upperLimit == null) return null;
  const max = Math.max(t.upperLimit * 1.25, t.total);
  return { total: t.total / max, reference: t.referenceIntake / max, upper: t.upperLimit / max };
}

/** Human words for a blood-flow kind slug. */
export const BLOOD_FLOW_WORDS: Record<string, string> = {
  massage: "Massage",
  "foam-rolling": "Foam rolling",
  "dynamic-stretching": "Moving stretches",
  walking: "Walking",
  other: "Other",
};

/** The citations of a list of source keys, in order, unknown keys left out. */
export function sourcesOf(keys: readonly string[]): { key: string; citation: string; url?: string }[] {
  return keys.flatMap((k) => {
    const s = DAILY_SOURCES[k];
    return s ? [{ key: k, citation: s.citation, ...(s.url ? { url: s.url } : {}) }] : [];
  });
}

/** The app address a Learn piece's action leads to (core names "/today", which is the app's home). */
export function learnHref(piece: Pick<LearnPiece, "id" | "linkTo">): string {
  if (piece.id === "nourishment") return "/daily";
  return piece.linkTo === "/today" ? "/" : piece.linkTo;
}

/** Minutes to read a piece, at an unhurried 180 words a minute, at least 1. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 180));
}

/**
 * A server field message fit to show under its field: the API words them after the field's name ("is required",
 * "must be whole minutes"), so those get the label in front; the first letter is capitalised and a full stop added.
 */
export function fieldMessage(label: string, message: string): string {
  let m = message.trim();
  if (/^(is|must|are)\b/.test(m)) m = `${label} ${m}`;
  m = m.charAt(0).toUpperCase() + m.slice(1);
  return /[.!?]$/.test(m) ? m : `${m}.`;
}
