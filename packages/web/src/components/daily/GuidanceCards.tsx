/** The day's guidance cards (D1 sleep, D2 sitting, D3 morning, N1-N3), each with its sources. */
import type { DailyCard } from "@spotter/core";
import { sourcesOf } from "./dailyText.js";

/** One card with its sources folded away. */
export function GuidanceCard({ card, folded }: { card: DailyCard; folded?: boolean }) {
  const sources = sourcesOf(card.sources);
  if (folded) {
    return (
      <details className="card guidance-card folded">
        <summary>
          <h3>{card.title}</h3>
        </summary>
        <p>{card.text}</p>
        <SourceList sources={sources} />
      </details>
    );
  }
  return (
    <article className="card guidance-card" aria-labelledby={`card-${card.id}`}>
      <h3 id={`card-${card.id}`}>{card.title}</h3>
      <p>{card.text}</p>
      <SourceList sources={sources} />
    </article>
  );
}

function SourceList({ sources }: { sources: ReturnType<typeof sourcesOf> }) {
  return (
    <>
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
    </>
  );
}

/** All of today's cards, most relevant for the time of day first (the server orders them). */
export function GuidanceCards({ cards }: { cards: readonly DailyCard[] }) {
  if (cards.length === 0) return null;
  return (
    <section aria-labelledby="guidance-h">
      <h2 id="guidance-h">For today</h2>
      <p className="small muted">The one that fits this time of day comes first; tap a title to open the others.</p>
      {cards.map((c, i) => (
        <GuidanceCard key={c.id} card={c} folded={i > 0} />
      ))}
    </section>
  );
}
