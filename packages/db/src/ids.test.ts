import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { uuidv7 } from "./ids.js";

describe("uuidv7", () => {
  it("is a version-7 UUID whose first 48 bits are the instant", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 48 - 1 }), (ms) => {
        const id = uuidv7(ms);
        expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
        expect(Number.parseInt(id.replace(/-/g, "").slice(0, 12), 16)).toBe(ms);
      }),
    );
  });

  it("never repeats, across many refills of the random pool", () => {
    const ids = new Set(Array.from({ length: 5000 }, () => uuidv7(1_700_000_000_000)));
    expect(ids.size).toBe(5000);
  });

  it("sorts by time as text", () => {
    expect(uuidv7(1_000) < uuidv7(2_000)).toBe(true);
  });
});
