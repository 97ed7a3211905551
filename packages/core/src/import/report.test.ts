import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { reasonKind, reportCollector, summariseReport } from "./report.js";

describe("X1: repeated skip reasons are summarised", () => {
  it("X1: 10,000 repeats answer five lines and one count; other reasons keep their own", () => {
    const rows = [
      ...Array.from({ length: 10_000 }, (_, i) => ({
        line: i + 10,
        reason: `repeats the set on line ${i + 2} (same workout, exercise and position)`,
      })),
      { line: 3, reason: 'unknown Set Order "X"' },
      { line: 4, reason: "a rest timer entry, not a set" },
    ];
    const r = summariseReport(rows);
    expect(r.total).toBe(10_002);
    expect(r.listed.map((x) => x.line)).toEqual([3, 4, 10, 11, 12, 13, 14]);
    expect(r.summary[0]).toEqual({
      reason: "repeats the set on line 2 (same workout, exercise and position)",
      count: 10_000,
      lines: [10, 11, 12, 13, 14],
    });
    expect(r.summary).toHaveLength(3);
  });

  it("X1: reasons that differ only in numbers or quoted values are one kind", () => {
    expect(reasonKind('unknown Set Order "X"')).toBe(reasonKind('unknown Set Order "CLUSTER"'));
    expect(reasonKind("line 12")).toBe(reasonKind("line 9981"));
    expect(reasonKind("no exercise name")).not.toBe(reasonKind("a rest timer entry, not a set"));
  });

  it("X1: property: counts add up to the rows, and every listed row is a reported row", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ line: fc.nat(1000), reason: fc.constantFrom("a", "b 1", "b 2", 'c "x"') })),
        (rows) => {
          const r = summariseReport(rows);
          expect(r.summary.reduce((n, s) => n + s.count, 0)).toBe(rows.length);
          for (const l of r.listed) expect(rows).toContainEqual(l);
          expect(r.listed.length).toBeLessThanOrEqual(rows.length);
        },
      ),
    );
  });

  it("X1: property: rows reported out of line order summarise as the same rows in line order", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.record({ line: fc.nat(1000), reason: fc.constantFrom("a", "b 1", "b 2", 'c "x"') }), {
          selector: (r) => r.line,
        }),
        (rows) => {
          const collector = reportCollector();
          for (const r of rows) collector.add(r.line, r.reason);
          expect(collector.summary()).toEqual(summariseReport([...rows].sort((a, b) => a.line - b.line)));
        },
      ),
    );
  });
});
