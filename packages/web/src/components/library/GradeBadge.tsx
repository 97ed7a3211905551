/** The spine-load grade as a badge: the letter and its word, so it never relies on colour alone. */
import type { Grade } from "@spotter/core";
import { GRADE_INFO } from "./catalog.js";

/** Props: the grade; `compact` shows the letter and the word on one small line. */
export function GradeBadge({ grade, compact }: { grade: Grade; compact?: boolean }) {
  const info = GRADE_INFO[grade];
  return (
    <span className={`lib-grade lib-grade-${grade}${compact ? " compact" : ""}`}>
      <span className="visually-hidden">Grade </span>
      <span className="lib-grade-letter">{grade}</span>
      {compact ? (
        <span className="lib-grade-word">
          {info?.short ?? ""}
          <span className="visually-hidden"> spine load</span>
        </span>
      ) : (
        <span className="lib-grade-word">{info?.word ?? ""}</span>
      )}
    </span>
  );
}
