/** The day's Learn card on Today: one short read that fits the day (core `learnPieceForDay`). */
import { type LearnPiece, learnPieceWords } from "@spotter/core";
import { Link } from "wouter";
import { readingMinutes } from "./dailyText.js";

/** The card; links to the piece. */
export function LearnCard({ piece }: { piece: LearnPiece }) {
  return (
    <div className="card learn-card">
      <p className="eyebrow">Learn · {readingMinutes(learnPieceWords(piece))} min read</p>
      <h2>{piece.title}</h2>
      <p>{piece.summary}</p>
      <Link href={`/learn/${piece.id}`} className="button">
        Read it
      </Link>{" "}
      <Link href="/learn" className="about-link">
        All Learn pieces
      </Link>
    </div>
  );
}
