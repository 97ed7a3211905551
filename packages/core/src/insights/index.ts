// Filled in by the insights work; re-exported from the core index.
export {};
