import { describe, expect, it } from "vitest";
import { PENDING_HOURS } from "../progression/index.js";
import { coachAnswerTurnsAt } from "./answerTurns.js";

const H = 3_600_000;
const now = Date.parse("2026-03-10T12:00:00.000Z");
const session = (startedAt: string, finishedAt: string | null) => ({ startedAt, finishedAt, sets: [] });

describe("O2 coachAnswerTurnsAt: when a kept coaching answer must be worked out again", () => {
  it.each([
    ["no sessions", [], null],
    ["a session whose window closed", [session("2026-03-01T17:00:00.000Z", "2026-03-01T18:00:00.000Z")], null],
    [
      "a finished session 2 hours ago",
      [session("2026-03-10T09:00:00.000Z", "2026-03-10T10:00:00.000Z")],
      Date.parse("2026-03-10T10:00:00.000Z") + PENDING_HOURS * H,
    ],
    [
      "an unfinished session counts from its start",
      [session("2026-03-09T12:00:00.000Z", null)],
      Date.parse("2026-03-09T12:00:00.000Z") + PENDING_HOURS * H,
    ],
    [
      "the earliest of two open windows",
      [
        session("2026-03-09T08:00:00.000Z", "2026-03-09T09:00:00.000Z"),
        session("2026-03-10T08:00:00.000Z", "2026-03-10T09:00:00.000Z"),
      ],
      Date.parse("2026-03-09T09:00:00.000Z") + PENDING_HOURS * H,
    ],
    [
      "an old session finished recently (an edit) still counts",
      [session("2025-12-01T08:00:00.000Z", "2026-03-10T11:00:00.000Z")],
      Date.parse("2026-03-10T11:00:00.000Z") + PENDING_HOURS * H,
    ],
  ])("%s", (_name, sessions, expected) => {
    expect(coachAnswerTurnsAt({ sessions: sessions as never }, now)).toBe(expected);
  });

  it("is always after now when set", () => {
    const at = coachAnswerTurnsAt({ sessions: [session("2026-03-10T11:59:00.000Z", null)] as never }, now);
    expect(at).not.toBeNull();
    expect(at as number).toBeGreaterThan(now);
  });
});
