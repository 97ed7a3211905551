/** The live session (SPEC §6 G1-G6): warm-ups, stop rules, belt cue and belt share, replayed from the log. */
export * from "./belt.js";
export * from "./logSet.js";
export * from "./replay.js";
export * from "./stopRules.js";
export * from "./warmup.js";
