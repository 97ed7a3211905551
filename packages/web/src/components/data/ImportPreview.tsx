/** The dry run's answer: counts, the unit, the name mapping and the skipped rows, before anything is stored. */
import type { Exercise } from "@spotter/core";
import type { Ref } from "react";
import type { ImportSummary, NameMapping, ReasonSummary, SkippedRow } from "../../api/data.js";
import {
  count,
  customCount,
  customTag,
  MAPPING_OPEN_MAX,
  nothingNew,
  previewCounts,
  previewHeadline,
  SKIPPED_OPEN_MAX,
  unitLine,
} from "./importText.js";
import { MappingEditor } from "./MappingEditor.js";

/** The numbers as a grid of labelled boxes (a description list, so each number is read with its label). */
export function Counts({ items }: { items: { label: string; value: number }[] }) {
  return (
    <dl className="data-counts">
      {items.map((c) => (
        <div key={c.label}>
          <dt>{c.label}</dt>
          <dd>{c.value.toLocaleString("en")}</dd>
        </div>
      ))}
    </dl>
  );
}

/** File names and the Spotter exercise each became; new custom exercises are marked in words. */
export function MappingList({ mapping, folded }: { mapping: NameMapping[]; folded?: boolean }) {
  if (mapping.length === 0) return null;
  const custom = mapping.filter((m) => m.custom && m.created !== false).length;
  return (
    <details className="data-more" open={!folded && mapping.length <= MAPPING_OPEN_MAX}>
      <summary>
        Exercise names: {count(mapping.length, "name")}
        {custom > 0 ? `, ${custom} new` : ""}
      </summary>
      <ul className="map-list" aria-label="Exercise names in the file and in Spotter">
        {mapping.map((m) => (
          <li key={m.name}>
            <span className="map-from">{m.name}</span>
            <span className="map-to">
              <span aria-hidden="true">→ </span>
              <span className="visually-hidden">becomes </span>
              <strong>{m.exerciseName}</strong>
              {m.custom && (
                <>
                  {" "}
                  <span className="data-tag">{customTag(m)}</span>
                </>
              )}
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}

/**
 * Rows the importer leaves out, each with its line number; folded when there are many. When the server summarised
 * them (a large file), each reason is one line with its count and first lines.
 */
export function SkippedList({
  skipped,
  total,
  summary,
  title = "Skipped rows",
}: {
  skipped: SkippedRow[];
  total?: number | undefined;
  summary?: ReasonSummary[] | undefined;
  title?: string;
}) {
  const all = total ?? skipped.length;
  if (all === 0) return null;
  const grouped = summary !== undefined && summary.length > 0 && all > skipped.length;
  return (
    <details className="data-more" open={all <= SKIPPED_OPEN_MAX}>
      <summary>
        {title}: {all.toLocaleString("en")}
      </summary>
      <ul className="skip-list" aria-label={title}>
        {grouped
          ? summary.map((r) => (
              <li key={r.reason}>
                <span className="skip-line">{count(r.count, "row")}</span> {r.reason}{" "}
                <span className="small muted">
                  (first {r.lines.length > 1 ? "lines" : "line"} {r.lines.join(", ")})
                </span>
              </li>
            ))
          : skipped.map((r) => (
              <li key={`${r.line}-${r.reason}`}>
                <span className="skip-line">Line {r.line}</span> {r.reason}
              </li>
            ))}
      </ul>
    </details>
  );
}

/** Why imported sets help progress but not trigger finding, said once where the user decides. */
export function PainNote() {
  return (
    <p className="banner data-note">
      Imported sets carry no pain values. They count toward your progress and next targets, but not toward finding what
      triggers your pain: for that, Spotter needs the pain you log during sessions.
    </p>
  );
}

/** The preview card; the heading takes focus when a new preview arrives, so it is read and scrolled to. */
export function ImportPreview({
  summary,
  headingRef,
  exercises,
  onChoose,
}: {
  summary: ImportSummary;
  headingRef?: Ref<HTMLHeadingElement>;
  /** The catalog and the user's exercises, to correct a mapping; without them the names are listed only. */
  exercises?: readonly Exercise[] | undefined;
  onChoose?: ((name: string, exerciseId: string) => void) | undefined;
}) {
  const empty = nothingNew(summary);
  return (
    <section className="card" aria-labelledby="preview-h">
      <h2 id="preview-h" ref={headingRef} tabIndex={-1}>
        Preview: nothing is saved yet
      </h2>
      <p className={empty ? "banner ok" : undefined}>{previewHeadline(summary)}</p>
      <Counts items={previewCounts(summary)} />
      {unitLine(summary) && <p className="small">{unitLine(summary)}</p>}
      {customCount(summary) > 0 && (
        <p className="small">
          Names Spotter does not know become {count(customCount(summary), "new custom exercise")} in your library.
        </p>
      )}
      {onChoose && exercises ? (
        <MappingEditor mapping={summary.mapping} exercises={exercises} onChoose={onChoose} folded={empty} />
      ) : (
        <MappingList mapping={summary.mapping} folded={empty} />
      )}
      <SkippedList skipped={summary.skipped} total={summary.skippedRows} summary={summary.skippedSummary} />
      <SkippedList skipped={summary.changed ?? []} total={summary.changedRows} title="Rows imported with a change" />
      {!empty && <PainNote />}
    </section>
  );
}
