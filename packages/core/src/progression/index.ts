// Filled in by the progression work; re-exported from the core index.
export {};
