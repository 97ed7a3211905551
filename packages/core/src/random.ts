/**
 * A small seeded generator (mulberry32): the same seed gives the same sequence on every run and every machine. Core
 * never draws randomness itself; callers that want repeatable "random" data (the demo history, benchmarks, tests
 * that replay a failing seed) take their numbers from here.
 */

/** A function returning numbers in [0, 1) from the seed, the same sequence every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
