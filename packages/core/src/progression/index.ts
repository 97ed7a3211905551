/** Progression between sessions (SPEC §7 O1-O6, §8 M1): pure rules derived from the log. */
export * from "./deload.js";
export * from "./doubleProgression.js";
export * from "./e1rm.js";
export * from "./loadChanges.js";
export * from "./muscleGuarding.js";
export * from "./painResponse.js";
export * from "./plates.js";
export * from "./rampAnchor.js";
export * from "./redEvents.js";
export * from "./returnToLoad.js";
export * from "./sessionProgression.js";
export * from "./timedTargets.js";
export * from "./types.js";
