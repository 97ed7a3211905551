// Filled in by the readiness work; re-exported from the core index.
export {};
