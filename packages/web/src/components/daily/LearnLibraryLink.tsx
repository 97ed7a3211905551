/** The Learn entry in the Library: one compact card that leads to the Learn pieces. */
import { LEARN_PIECES } from "@spotter/core";
import { Link } from "wouter";
import "../../styles/daily.css";

/** The link card. */
export function LearnLibraryLink() {
  return (
    <Link href="/learn" className="learn-item learn-lib-link">
      <span className="learn-item-title">Learn: {LEARN_PIECES.length} short reads</span>
      <span className="learn-item-summary">
        Your tolerance, nerve symptoms, glutes and core, the belt, sleep and sitting, water and supplements.
      </span>
    </Link>
  );
}
