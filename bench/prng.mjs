// The benchmarks' seeded PRNG is core's (mulberry32, `seededRandom`), so every run generates the same data and the
// demo, the benchmarks and the tests that replay a seed share one generator.
export { seededRandom as prng } from "@spotter/core";
