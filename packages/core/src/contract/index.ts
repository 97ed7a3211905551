/** The HTTP contract's answers: the route table and the shapes it names (API.md). */
export * from "./admin.js";
export * from "./derived.js";
export * from "./errors.js";
export * from "./records.js";
export * from "./report.js";
export * from "./routes.js";
export * from "./shapes.js";
