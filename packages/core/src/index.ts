/** @spotter/core: the rules of Spotter, pure and deterministic. Everything else feeds it data. */

export * from "./catalog/index.js";
export * from "./coach/index.js";
export * from "./contract/index.js";
export * from "./daily/index.js";
export * from "./import/index.js";
export * from "./ingest/index.js";
export * from "./insights/index.js";
export * from "./planning/index.js";
export * from "./progression/index.js";
export * from "./readiness/index.js";
export * from "./records/backup.js";
export * from "./records/checkin.js";
export * from "./records/clearance.js";
export * from "./records/dates.js";
export * from "./records/exercise.js";
export * from "./records/profile.js";
export * from "./records/readiness.js";
export * from "./records/session.js";
export * from "./records/text.js";
export * from "./records/vocab.js";
export * from "./report/index.js";
export * from "./session/index.js";
export * from "./substitution/index.js";
export * from "./time.js";
export * from "./units.js";
