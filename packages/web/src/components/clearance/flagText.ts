/** What a "yes" to a red-flag question will mean, one line, shown before it is sent (never to discourage a yes). */

/** The line for a question whose yes leads to `tier`. */
export function yesMeans(tier: "R1" | "R2"): string {
  return tier === "R1"
    ? "A yes means Spotter will ask you to get emergency care now and pause training until a clinician has checked you."
    : "A yes means loaded training pauses until you record a clinician's assessment; gentle movement stays open.";
}
