/** Exercise names by id from the cached catalog, for plan items that carry only an id. */
import { useCallback, useMemo } from "react";
import { useExercises } from "../../lib/queries.js";

/** A lookup of names; an id the catalog does not know reads as itself with dashes turned to spaces. */
export function useExerciseNames(): (id: string) => string {
  const catalog = useExercises();
  const byId = useMemo(() => new Map((catalog.data ?? []).map((e) => [e.id, e.name])), [catalog.data]);
  return useCallback((id: string) => byId.get(id) ?? id.replace(/-/g, " "), [byId]);
}
