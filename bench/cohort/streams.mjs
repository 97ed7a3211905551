// Seeded random streams for the cohort. Every draw comes from a stream keyed by (seed, lifter, day, purpose), so the
// three coaches see the same lifters and the same morning noise even though they draw a different number of numbers
// during their sessions.
import { prng } from "../prng.mjs";

/** FNV-1a over the keys: a 32-bit seed for one stream. */
function hashKeys(keys) {
  let h = 0x811c9dc5;
  for (const k of keys) {
    const s = String(k);
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    h ^= 0x7c;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A random stream with helpers: uniform, normal, chance, pick. */
export function stream(...keys) {
  const next = prng(hashKeys(keys));
  const api = {
    next,
    /** Uniform in [lo, hi). */
    uniform: (lo, hi) => lo + (hi - lo) * next(),
    /** Normal with mean 0 and the given spread (Box-Muller). */
    normal: (sd = 1) => {
      const u = Math.max(next(), 1e-12);
      const v = next();
      return sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
    chance: (p) => next() < p,
    pick: (xs) => xs[Math.floor(next() * xs.length)],
  };
  return api;
}

/** A stable number in [0, 1) for a key, no stream needed (e.g. an exercise's own strength factor). */
export function hashUnit(...keys) {
  return hashKeys(keys) / 4294967296;
}
