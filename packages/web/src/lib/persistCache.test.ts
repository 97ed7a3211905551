import { QueryClient } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import { CACHE_KEY, type CacheStorage, MAX_AGE_MS, persistQueryCache } from "./persistCache.js";

function storage(): CacheStorage & { raw: Map<string, string> } {
  const raw = new Map<string, string>();
  return {
    raw,
    getItem: (k) => raw.get(k) ?? null,
    setItem: (k, v) => void raw.set(k, v),
    removeItem: (k) => void raw.delete(k),
  };
}

const tick = () => new Promise((r) => setTimeout(r, 5));

describe("offline reading: answers kept on the phone", () => {
  it("keeps the listed families only, and puts them back stale into a new app", async () => {
    const st = storage();
    const a = new QueryClient();
    const stop = persistQueryCache(a, st, () => 1_000, 0);
    a.setQueryData(["session", "S1"], { id: "S1", sets: [] });
    a.setQueryData(["profile"], { unit: "kg" });
    a.setQueryData(["insights", "trends"], { big: true });
    await tick();
    stop();
    const kept = JSON.parse(st.raw.get(CACHE_KEY) ?? "{}");
    expect(kept.state.queries.map((q: { queryKey: unknown[] }) => q.queryKey[0]).sort()).toEqual([
      "profile",
      "session",
    ]);

    const b = new QueryClient();
    persistQueryCache(b, st, () => 2_000, 0);
    expect(b.getQueryData(["session", "S1"])).toEqual({ id: "S1", sets: [] });
    expect(b.getQueryData(["insights", "trends"])).toBeUndefined();
    // Shown at once, asked again when online, whatever a screen's staleTime says.
    expect(b.getQueryState(["session", "S1"])?.isInvalidated).toBe(true);
  });

  it("forgets everything when the cache is cleared (log out), and anything older than a week", async () => {
    const st = storage();
    const a = new QueryClient();
    persistQueryCache(a, st, () => 1_000, 0);
    a.setQueryData(["profile"], { unit: "kg" });
    await tick();
    expect(st.raw.has(CACHE_KEY)).toBe(true);
    a.clear();
    await tick();
    expect(st.raw.has(CACHE_KEY)).toBe(false);

    a.setQueryData(["profile"], { unit: "kg" });
    await tick();
    const late = new QueryClient();
    persistQueryCache(late, st, () => 1_000 + MAX_AGE_MS + 1, 0);
    expect(late.getQueryData(["profile"])).toBeUndefined();
  });
});
