/** Learn: short reads in Spotter's own words, each with its sources and a link to the part of the app that acts on it. */
import { LEARN_PIECES, learnPieceWords } from "@spotter/core";
import { Link } from "wouter";
import { readingMinutes } from "../components/daily/dailyText.js";
import "../styles/daily.css";

/** The list of Learn pieces. */
export function LearnScreen() {
  return (
    <section className="learn">
      <h1>Learn</h1>
      <p className="muted">
        Short reads on training with a sore back and on the hours in between. Each one says where its facts come from
        and leads to the part of Spotter that puts it to use.
      </p>
      <ul className="learn-list" aria-label="Learn pieces">
        {LEARN_PIECES.map((p) => (
          <li key={p.id}>
            <Link href={`/learn/${p.id}`} className="learn-item">
              <span className="learn-item-title">{p.title}</span>
              <span className="learn-item-summary">{p.summary}</span>
              <span className="learn-item-meta">{readingMinutes(learnPieceWords(p))} min read</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
