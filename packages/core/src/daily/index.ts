// Filled in by the daily work; re-exported from the core index.
export {};
