import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { QueryClient } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import { smallEnough } from "../lib/persistCache.js";
import { checkinKeys, nextTargetKeys, sessionKeys, todayKeys, triggerKeys } from "./keys.js";
import { isDerived, refresh } from "./refresh.js";

const SRC = join(import.meta.dirname, "..");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** A key written out where it is used: an array literal as a query key, or a family compared by its name. */
const LITERAL_KEY = [
  /queryKey:\s*\[/,
  /(?:set|get)QueryData(?:<[^>]*>)?\(\s*\[/,
  /queryKey\[\d\]\s*[!=]==?\s*["'`]/,
  /getQueryState\(\s*\[/,
];

describe("query keys", () => {
  it("come from the one factory per endpoint (api/keys.ts): no literal key anywhere else", () => {
    const found: string[] = [];
    for (const file of sources(SRC)) {
      if (file.endsWith(join("api", "keys.ts"))) continue;
      readFileSync(file, "utf8")
        .split("\n")
        .forEach((line, i) => {
          if (LITERAL_KEY.some((re) => re.test(line))) found.push(`${relative(SRC, file)}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(found).toEqual([]);
  });

  it("one endpoint, one key: today's sessions on Today and a range of them share the list factory", () => {
    expect(sessionKeys.list("2026-12-08", "2026-12-08")).toEqual(["sessions", "list", "2026-12-08", "2026-12-08"]);
    // Every list (Today's day, the live session's 120 days, Insights' range, history's pages) sits under `all`.
    for (const k of [sessionKeys.list("a", "b"), sessionKeys.pages("b")])
      expect(k.slice(0, 1)).toEqual(sessionKeys.all);
    expect(checkinKeys.list().slice(0, 1)).toEqual(checkinKeys.all);
    expect(todayKeys.of("2026-03-04")).toEqual(["today", "2026-03-04"]);
  });

  it("the offline copy keeps a short list and leaves a year or an open range out", () => {
    expect(smallEnough(sessionKeys.list("2026-08-10", "2026-12-08"))).toBe(true);
    expect(smallEnough(sessionKeys.list("2025-12-09", "2026-12-08"))).toBe(false);
    expect(smallEnough(checkinKeys.list())).toBe(false);
    expect(smallEnough(sessionKeys.one("s1"))).toBe(true);
  });
});

describe("what a write refreshes", () => {
  const seeded = () => {
    const qc = new QueryClient();
    qc.setQueryData(triggerKeys.all, []);
    qc.setQueryData(nextTargetKeys.of("back-squat"), {});
    qc.setQueryData(sessionKeys.list("2026-12-08", "2026-12-08"), []);
    qc.setQueryData(sessionKeys.progression("s1"), []);
    qc.setQueryData(["profile"], { unit: "kg" });
    qc.setQueryData(["exercises"], []);
    return qc;
  };

  it("a check-in refreshes every derived answer and keeps the profile, the catalog and a finish's targets", async () => {
    const qc = seeded();
    await refresh.checkin(qc, "2026-12-08", { checkin: { id: "c1", date: "2026-12-08" } } as never);
    for (const k of [triggerKeys.all, nextTargetKeys.of("back-squat"), sessionKeys.list("2026-12-08", "2026-12-08")])
      expect(qc.getQueryState(k)?.isInvalidated).toBe(true);
    expect(qc.getQueryData(checkinKeys.list("2026-12-08", "2026-12-08"))).toEqual([{ id: "c1", date: "2026-12-08" }]);
    for (const k of [["profile"], ["exercises"], sessionKeys.progression("s1")])
      expect(qc.getQueryState(k)?.isInvalidated).toBe(false);
    expect(isDerived(["account", "me"])).toBe(false);
  });
});
