/** One Learn piece: readable on a phone, its sources listed, and a link to where the reader can act on it. */
import { LEARN_PIECES, learnPieceById, learnPieceWords } from "@spotter/core";
import { useEffect } from "react";
import { Link } from "wouter";
import { learnHref, readingMinutes, sourcesOf } from "../components/daily/dailyText.js";
import "../styles/daily.css";

/** The piece screen (route /learn/:id). */
export function LearnPieceScreen({ params }: { params: { id: string } }) {
  const piece = learnPieceById(params.id);
  useEffect(() => {
    window.scrollTo(0, 0);
  }, []);
  if (!piece) {
    return (
      <section>
        <h1>Piece not found</h1>
        <p>
          There is no Learn piece at this address. <Link href="/learn">See all Learn pieces</Link>.
        </p>
      </section>
    );
  }
  const i = LEARN_PIECES.findIndex((p) => p.id === piece.id);
  const next = LEARN_PIECES[(i + 1) % LEARN_PIECES.length];
  const sources = sourcesOf(piece.sources);
  return (
    <article className="learn-piece">
      <p>
        <Link href="/learn">← All Learn pieces</Link>
      </p>
      <h1>{piece.title}</h1>
      <p className="lead">{piece.summary}</p>
      <p className="small muted">{readingMinutes(learnPieceWords(piece))} min read</p>
      {piece.body.map((para) => (
        <p key={para.slice(0, 40)}>{para}</p>
      ))}
      <Link href={learnHref(piece)} className="button primary big learn-act">
        {piece.linkLabel}
      </Link>
      <section aria-labelledby="sources-h" className="learn-sources">
        <h2 id="sources-h">Sources</h2>
        <ul>
          {sources.map((s) => (
            <li key={s.key} className="small">
              {s.url ? (
                <a href={s.url} target="_blank" rel="noreferrer">
                  {s.citation}
                </a>
              ) : (
                s.citation
              )}
            </li>
          ))}
        </ul>
        <p className="small muted">
          Spotter is not a medical device. If something here does not fit your back, a doctor or physiotherapist can
          help you work out what does.
        </p>
      </section>
      {next && next.id !== piece.id && (
        <p>
          Next: <Link href={`/learn/${next.id}`}>{next.title}</Link>
        </p>
      )}
    </article>
  );
}
