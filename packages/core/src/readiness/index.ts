/** Readiness and safety (SPEC §0, §2): the tier engine, red flags, pain zones and the function check. */

export * from "./bothLegs.js";
export * from "./clearanceCover.js";
export * from "./computeReadiness.js";
export * from "./functionCheck.js";
export * from "./inflammatory.js";
export * from "./inputs.js";
export * from "./lockSigns.js";
export * from "./nerve.js";
export * from "./noImprovement.js";
export * from "./painZones.js";
export * from "./readinessIndex.js";
export * from "./readinessSeries.js";
export * from "./reasons.js";
export * from "./redFlagQuestions.js";
export * from "./redFlagsDue.js";
export * from "./tiers.js";
