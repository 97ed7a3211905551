// Filled in by the session work; re-exported from the core index.
export {};
