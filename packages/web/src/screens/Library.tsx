/**
 * Library (SPEC §3 C1-C6): the whole catalog after one fetch, filtered on the phone; a typed search asks the server
 * (names and other apps' names, exact matches first) and shows the local match until it answers. The filters live
 * in the address, so coming back from an exercise page shows the same list.
 */
import { useQuery } from "@tanstack/react-query";
import { useEffect, useId, useMemo, useState } from "react";
import { Link, useLocation, useSearch } from "wouter";
import { messageOf } from "../api/errors.js";
import { libraryApi } from "../api/library.js";
import { LearnLibraryLink } from "../components/daily/LearnLibraryLink.js";
import {
  type CatalogFilters,
  filterCatalog,
  filtersFromSearch,
  filtersToSearch,
  rememberLibrarySearch,
} from "../components/library/catalog.js";
import { type BackMark, ExerciseRow } from "../components/library/ExerciseRow.js";
import { Filters } from "../components/library/Filters.js";
import { useExercises, useProfile } from "../lib/queries.js";
import "../styles/library.css";
import { exerciseKeys, triggerKeys } from "../api/keys.js";

const NO_EQUIPMENT: readonly string[] = [];

/** How long typing pauses before the server is asked. */
const SEARCH_DELAY_MS = 250;

/** The library screen. */
export function LibraryScreen() {
  const search = useSearch();
  const [, navigate] = useLocation();
  const [filters, setFilters] = useState<CatalogFilters>(() => filtersFromSearch(search));
  const [q, setQ] = useState(filters.q.trim());
  const id = useId();
  const catalog = useExercises();
  const profile = useProfile();
  const triggers = useQuery({ queryKey: triggerKeys.all, queryFn: libraryApi.triggers, staleTime: 60_000 });

  // Keep the address in step with the filters (replace, so the back button leaves the Library in one step).
  useEffect(() => {
    const s = filtersToSearch(filters);
    rememberLibrarySearch(s);
    navigate(s ? `/library?${s}` : "/library", { replace: true });
  }, [filters, navigate]);

  // Ask the server only once typing pauses.
  useEffect(() => {
    const t = setTimeout(() => setQ(filters.q.trim()), SEARCH_DELAY_MS);
    return () => clearTimeout(t);
  }, [filters.q]);

  const ranked = useQuery({
    queryKey: exerciseKeys.search(q),
    queryFn: () => libraryApi.search(q),
    enabled: q !== "",
    staleTime: 5 * 60_000,
  });

  const mine = profile.data?.equipment ?? NO_EQUIPMENT;
  const typed = filters.q.trim();
  const serverFits = typed !== "" && q === typed && ranked.isSuccess;
  const items = useMemo(
    () =>
      serverFits
        ? filterCatalog(ranked.data ?? [], filters, mine, true)
        : filterCatalog(catalog.data ?? [], filters, mine),
    [serverFits, ranked.data, catalog.data, filters, mine],
  );

  const marks = useMemo(() => {
    const m = new Map<string, BackMark>();
    for (const t of triggers.data ?? []) {
      if (!("exerciseId" in t.subject) || t.overruledByUser) continue;
      if (t.status === "trigger" || t.status === "suspected") m.set(t.subject.exerciseId, t.status);
    }
    for (const a of profile.data?.aggravating ?? []) if ("exerciseId" in a) m.set(a.exerciseId, "aggravating");
    return m;
  }, [triggers.data, profile.data]);

  const hiddenByEquipment =
    filters.mine && items.length === 0
      ? filterCatalog(catalog.data ?? [], { ...filters, mine: false }, mine).length
      : 0;

  return (
    <section className="library">
      <div className="spread lib-head">
        <h1>Library</h1>
        <Link href="/library/new" className="button lib-add">
          Add an exercise
        </Link>
      </div>
      <p className="lib-intro">
        Each exercise has a spine-load grade: A spares your spine most, D asks the most of it.
      </p>
      <LearnLibraryLink />

      <div className="field lib-search">
        <label htmlFor={id}>Search exercises</label>
        <p className="hint" id={`${id}-hint`}>
          Its name, or another app's name for it.
        </p>
        <input
          id={id}
          type="search"
          value={filters.q}
          onChange={(e) => setFilters({ ...filters, q: e.target.value.slice(0, 100) })}
          autoComplete="off"
          enterKeyHint="search"
          aria-describedby={`${id}-hint`}
        />
      </div>
      <Filters value={filters} onChange={setFilters} />

      {catalog.isPending && (
        <p className="loading" role="status">
          Loading the exercises…
        </p>
      )}
      {catalog.isError && (
        <div className="error-box" role="alert">
          <p>{messageOf(catalog.error)}</p>
          <button type="button" onClick={() => catalog.refetch()}>
            Try again
          </button>
        </div>
      )}
      {catalog.isSuccess && (
        <>
          <p className="lib-result-count" role="status" aria-live="polite">
            {countText(items.length, filters)}
          </p>
          {items.length > 0 ? (
            <ul className="lib-list" aria-label="Exercises">
              {items.map((e) => (
                <ExerciseRow key={e.id} exercise={e} mark={marks.get(e.id) ?? null} />
              ))}
            </ul>
          ) : (
            <div className="card lib-empty">
              <p>
                {typed ? <>No exercise matches "{typed}"</> : <>No exercise fits these filters</>}
                {hiddenByEquipment > 0
                  ? `, though ${hiddenByEquipment} would with equipment you have not listed.`
                  : "."}
              </p>
              <div className="row">
                {filters.mine && hiddenByEquipment > 0 && (
                  <button type="button" onClick={() => setFilters({ ...filters, mine: false })}>
                    Show all equipment
                  </button>
                )}
                {typed && (
                  <Link href={`/library/new?name=${encodeURIComponent(typed)}`} className="button">
                    Add "{typed}" as your own
                  </Link>
                )}
              </div>
              {typed && <p className="small muted">A shorter word, or another app's name for it, often finds it.</p>}
            </div>
          )}
          {items.length > 0 && (
            <p className="small muted lib-foot">
              Missing one? <Link href="/library/new">Add your own exercise</Link> with its spine-load scores, and it
              shows up in your sessions too.
            </p>
          )}
        </>
      )}
    </section>
  );
}

/** The line above the list: how many, and what limits them. */
function countText(n: number, f: CatalogFilters): string {
  const word = n === 1 ? "exercise" : "exercises";
  return `${n} ${word}${f.mine ? " you can do with your equipment" : ""}`;
}
