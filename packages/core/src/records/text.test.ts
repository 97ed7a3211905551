import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fieldProblem, findBadText, isMultiLine, TEXT_LIMITS, textProblem, zTextField } from "./text.js";

/** True when a string holds a code unit the rule refuses on a single line (C0, DEL, or an unpaired surrogate). */
function hasForbidden(s: string, multiLine: boolean): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c < 0x20 || c === 0x7f) && !(multiLine && (c === 9 || c === 10 || c === 13))) return true;
    if (c >= 0xd800 && c <= 0xdbff) {
      const n = s.charCodeAt(i + 1);
      if (n >= 0xdc00 && n <= 0xdfff) i++;
      else return true;
    } else if (c >= 0xdc00 && c <= 0xdfff) return true;
  }
  return false;
}

describe("the text rule (trust issue: both engines store the same text)", () => {
  it.each([
    ["plain words", "Bulgarian split squat", false, null],
    ["accents and other scripts", "Übung – Ćwiczenie 深蹲", false, null],
    ["a whole emoji (a surrogate pair)", "felt good 💪", false, null],
    ["NUL", "a\u0000b", true, "must not contain a NUL character"],
    ["a bell", "a\u0007b", true, "must not contain control characters"],
    ["DEL", "a\u007fb", true, "must not contain control characters"],
    ["escape", "\u001b[31mred", true, "must not contain control characters"],
    ["a lone high surrogate", "a\ud83db", true, "must not contain half of a character (an unpaired surrogate)"],
    ["a lone low surrogate", "\udca9", true, "must not contain half of a character (an unpaired surrogate)"],
    ["a high surrogate at the end", "ok\ud83d", true, "must not contain half of a character (an unpaired surrogate)"],
  ])("%s", (_name, text, multiLine, expected) => {
    expect(textProblem(text, multiLine)).toBe(expected);
    expect(textProblem(text, !multiLine)).toBe(expected);
  });

  it("allows tab and line breaks only where a field holds several lines", () => {
    for (const ws of ["\t", "\n", "\r\n"]) {
      expect(textProblem(`one${ws}two`, true)).toBeNull();
      expect(textProblem(`one${ws}two`, false)).toBe("must not contain control characters");
    }
    expect(isMultiLine("note")).toBe(true);
    expect(isMultiLine("restrictions")).toBe(true);
    expect(isMultiLine("name")).toBe(false);
    expect(isMultiLine("title")).toBe(false);
  });

  it.each(Object.entries(TEXT_LIMITS))("the %s limit (%i characters) is one table for every caller", (field, max) => {
    const f = field as keyof typeof TEXT_LIMITS;
    expect(fieldProblem(f, "x".repeat(max))).toBeNull();
    expect(fieldProblem(f, "x".repeat(max + 1))).toBe(`must be at most ${max} characters`);
    expect(zTextField(f).safeParse("x".repeat(max)).success).toBe(true);
    expect(zTextField(f).safeParse("x".repeat(max + 1)).success).toBe(false);
  });

  it("a schema field accepts a text exactly when the rule finds nothing wrong (any UTF-16 text)", () => {
    const units = fc.oneof(
      fc.string({ unit: "binary" }),
      fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) }),
    );
    fc.assert(
      fc.property(units, fc.constantFrom("note", "name", "title", "by"), (s, field) => {
        const f = field as keyof typeof TEXT_LIMITS;
        const ok = zTextField(f).safeParse(s).success;
        expect(ok).toBe(!hasForbidden(s, isMultiLine(f)) && s.length <= TEXT_LIMITS[f]);
      }),
      { numRuns: 300 },
    );
  });

  it("a schema field names its own problem in plain words", () => {
    const r = zTextField("name", { trim: true, min: 2 }).safeParse("ab\u0000");
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe("must not contain a NUL character");
  });

  it("finds the first bad text anywhere in a JSON body, keys included, with its path", () => {
    expect(findBadText({ a: [{ note: "fine\nlines" }] })).toBeNull();
    expect(findBadText({ a: [{ b: 1 }, { note: "x\u0000" }] })).toEqual({
      path: "a.1.note",
      message: "must not contain a NUL character",
    });
    expect(findBadText({ "bad\u0000key": 1 })?.path).toBe("bad\u0000key");
    expect(findBadText("\ud800")).toEqual({ path: "(body)", message: expect.stringContaining("half of a character") });
  });

  it("walks a body nested 100,000 deep without running out of stack (JSON allows it; a 500 did not)", () => {
    let arrays: unknown = "fine";
    let objects: unknown = "x\u0000";
    for (let i = 0; i < 100_000; i++) {
      arrays = [arrays];
      objects = { a: objects };
    }
    expect(findBadText(arrays)).toBeNull();
    const bad = findBadText({ deep: objects });
    expect(bad?.message).toBe("must not contain a NUL character");
    expect(bad?.path.startsWith("deep.a.a.a")).toBe(true);
    expect(bad?.path.split(".")).toHaveLength(100_001);
  });
});
