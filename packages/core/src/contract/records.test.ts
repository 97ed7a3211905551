import { describe, expect, it } from "vitest";
import { checkinAnswer } from "./records.js";

describe("contract: answer schemas take every value the records allow", () => {
  it("a check-in whose sleep has no hours (null, as the input allows) fits the check-in answer", () => {
    const checkin = {
      id: "01a211ee-ea80-7000-8000-000000000001",
      clientId: "a5d52fd5-000a-4000-8000-000758261b58",
      date: "2026-11-20",
      painNow: 2,
      everydayPain: "some",
      regions: [],
      nerve: [],
      redFlags: { bladderBowel: null },
      sleep: { hours: null, quality: 3, position: null, supportUsed: null },
      habits: null,
      function: null,
      note: null,
      createdAt: "2026-11-20T08:00:00.000Z",
      updatedAt: "2026-11-20T08:00:00.000Z",
    };
    const r = checkinAnswer.safeParse(checkin);
    expect(r.error?.issues ?? []).toEqual([]);
  });
});
