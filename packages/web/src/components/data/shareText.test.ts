import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { ShareLink } from "../../api/data.js";
import { dateText, openedText, rangeText, shareDates, shareName, sortShares, statusWord } from "./shareText.js";

const link = (over: Partial<ShareLink> = {}): ShareLink => ({
  id: "s1",
  label: "Physio",
  createdAt: "2026-03-04T10:00:00.000Z",
  expiresAt: "2026-03-18T10:00:00.000Z",
  revokedAt: null,
  status: "active",
  from: null,
  to: null,
  openedCount: 0,
  lastOpenedAt: null,
  ...over,
});

describe("share link words", () => {
  // A timestamp is shown on the browser's local day, so the expected words below hold in one zone, whatever zone the
  // machine running the tests is in (10:00 UTC is already the next day at UTC+14 and still the day before at UTC-11).
  beforeAll(() => {
    vi.stubEnv("TZ", "UTC");
  });
  afterAll(() => {
    vi.unstubAllEnvs();
  });

  it("writes days and timestamps as dates with the year", () => {
    expect(dateText("2026-03-04")).toBe("4 Mar 2026");
    expect(dateText("2026-03-18T10:00:00.000Z")).toBe("18 Mar 2026");
  });

  it("reads a timestamp on the local day of the browser's zone; a plain day stays the same day in any zone", () => {
    try {
      vi.stubEnv("TZ", "Pacific/Kiritimati");
      expect(dateText("2026-03-18T10:00:00.000Z")).toBe("19 Mar 2026");
      expect(dateText("2026-03-04")).toBe("4 Mar 2026");
      vi.stubEnv("TZ", "Pacific/Pago_Pago");
      expect(dateText("2026-03-18T10:00:00.000Z")).toBe("17 Mar 2026");
      expect(dateText("2026-03-04")).toBe("4 Mar 2026");
    } finally {
      vi.stubEnv("TZ", "UTC");
    }
  });

  it("says each status in a word and the dates that go with it", () => {
    expect(statusWord("active")).toBe("Active");
    expect(shareDates(link())).toBe("Made 4 Mar 2026 · works until 18 Mar 2026");
    expect(shareDates(link({ status: "expired" }))).toBe("Made 4 Mar 2026 · expired 18 Mar 2026");
    expect(shareDates(link({ status: "revoked", revokedAt: "2026-03-06T09:00:00.000Z" }))).toBe(
      "Made 4 Mar 2026 · revoked 6 Mar 2026",
    );
  });

  it("names a link without a label, and says the range", () => {
    expect(shareName({ label: "  " })).toBe("Link without a name");
    expect(rangeText("2026-01-01", "2026-03-31")).toBe("Covers 1 Jan 2026 to 31 Mar 2026");
  });

  it("lists active links first, newest first", () => {
    const list = [
      link({ id: "old", createdAt: "2026-01-01T00:00:00Z" }),
      link({ id: "gone", status: "revoked", createdAt: "2026-03-10T00:00:00Z" }),
      link({ id: "new", createdAt: "2026-03-01T00:00:00Z" }),
    ];
    expect(sortShares(list).map((s) => s.id)).toEqual(["new", "old", "gone"]);
  });

  it("X4: says whether the link was opened, how often and when last", () => {
    expect(openedText({ openedCount: 0, lastOpenedAt: null })).toBe("Not opened yet");
    expect(openedText({ openedCount: 1, lastOpenedAt: "2026-12-05T09:00:00Z" })).toBe(
      "Opened once, last on 5 Dec 2026",
    );
    expect(openedText({ openedCount: 3, lastOpenedAt: "2026-12-05T09:00:00Z" })).toBe(
      "Opened 3 times, last on 5 Dec 2026",
    );
  });
});
