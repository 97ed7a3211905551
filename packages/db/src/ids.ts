/** Record ids: UUIDv7 (time-ordered), made by the app so both engines index them the same way. */
import { randomFillSync } from "node:crypto";

// One system call fills random bytes for many ids: an import of 80,000 sets would otherwise ask for them 80,000
// times (about 2 s of a 5-year import went there). The bytes are still from the OS's CSPRNG, each used once.
const POOL_IDS = 1024;
const pool = Buffer.alloc(16 * POOL_IDS);
let next = POOL_IDS;

/** A new UUIDv7 for the given instant (epoch ms). */
export function uuidv7(nowMs: number = Date.now()): string {
  if (next === POOL_IDS) {
    randomFillSync(pool);
    next = 0;
  }
  const b = Buffer.from(pool.subarray(next * 16, next * 16 + 16));
  next++;
  let ts = nowMs;
  // The 48-bit millisecond timestamp, big-endian, in the first six bytes.
  for (let i = 5; i >= 0; i--) {
    b[i] = ts % 256;
    ts = Math.floor(ts / 256);
  }
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x70;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const h = b.toString("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
