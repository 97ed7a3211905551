// Filled in by the planning work; re-exported from the core index.
export {};
