// Filled in by the substitution work; re-exported from the core index.
export {};
