/** The other 22 hours (SPEC §10 D1-D3, §11 N1-N3): water, supplements, blood-flow work, breaks, cards, Learn. */
export * from "../records/daily.js";
export * from "../records/nutrients.js";
export * from "./bloodFlow.js";
export * from "./breaks.js";
export * from "./cards.js";
export * from "./day.js";
export * from "./learn.js";
export * from "./sources.js";
export * from "./supplements.js";
export * from "./upperLimits.js";
export * from "./water.js";
