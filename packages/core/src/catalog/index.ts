// Filled in by the catalog work; re-exported from the core index.
export {};
