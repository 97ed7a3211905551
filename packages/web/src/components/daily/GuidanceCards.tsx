/** The day's guidance cards (D1 sleep, D2 sitting, D3 morning, N1-N3), each with its sources. */
import type { DailyCard } from "@spotter/core";
import { sourcesOf } from "./dailyText.js";

/** One card with its sources folded away. */
export function GuidanceCard({ card }: { card: DailyCard }) {
  const sources = sourcesOf(card.sources);
  return (
    <article className="card guidance-card" aria-labelledby={`card-${card.id}`}>
      <h3 id={`card-${card.id}`}>{card.title}</h3>
      <p>{card.text}</p>
      {sources.length > 0 && (
        <details className="sources">
          <summary>Where this comes from</summary>
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
        </details>
      )}
    </article>
  );
}

/** All of today's cards, most relevant for the time of day first (the server orders them). */
export function GuidanceCards({ cards }: { cards: readonly DailyCard[] }) {
  if (cards.length === 0) return null;
  return (
    <section aria-labelledby="guidance-h">
      <h2 id="guidance-h">For today</h2>
      {cards.map((c) => (
        <GuidanceCard key={c.id} card={c} />
      ))}
    </section>
  );
}
