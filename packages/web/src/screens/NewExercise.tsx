/** Add a custom exercise (SPEC C6) at /library/new; `?name=` fills the name (from a search that found nothing). */
import { Link, useLocation, useSearch } from "wouter";
import { messageOf } from "../api/errors.js";
import { CustomExerciseForm } from "../components/library/CustomExerciseForm.js";
import { libraryHref } from "../components/library/catalog.js";
import { useExercises } from "../lib/queries.js";
import "../styles/library.css";

/** The screen. */
export function NewExerciseScreen() {
  const search = useSearch();
  const [, navigate] = useLocation();
  const catalog = useExercises();
  const name = new URLSearchParams(search).get("name") ?? "";
  return (
    <section className="library">
      <Link href={libraryHref()} className="lib-back-link">
        <span aria-hidden="true">‹</span> Library
      </Link>
      <h1>Add your own exercise</h1>
      <p className="lib-intro">
        Your exercise gets a spine-load grade like every other, and shows up in the Library and in your sessions.
      </p>
      {catalog.isError && <p className="field-error">{messageOf(catalog.error)}</p>}
      <CustomExerciseForm
        catalog={catalog.data ?? []}
        initialName={name.slice(0, 100)}
        onCreated={(e) => navigate(`/library/${encodeURIComponent(e.id)}`, { replace: true })}
      />
    </section>
  );
}
