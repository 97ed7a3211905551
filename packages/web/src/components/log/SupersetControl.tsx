/**
 * Pairs the current exercise with the next one as a superset, or shows the group it is in and lets it leave. In a
 * superset the session moves to the next exercise after each set and rests once per round.
 */
import type { Superset } from "../../lib/supersets.js";
import "../../styles/log.css";

/** Props: the current exercise, its group, the next exercise's name (none at the end), names by id, the actions. */
export function SupersetControl(props: {
  exerciseId: string;
  group: Superset | undefined;
  nextName: string | undefined;
  nameOf: (id: string) => string;
  onPair: () => void;
  onLeave: () => void;
}) {
  const { group } = props;
  if (group) {
    const others = group.exerciseIds.filter((x) => x !== props.exerciseId).map(props.nameOf);
    return (
      <div className="card superset">
        <p>
          <strong>Superset</strong> with {others.join(" and ")}: one set of each in turn, then one rest.
        </p>
        <button type="button" onClick={props.onLeave}>
          Leave the superset
        </button>
      </div>
    );
  }
  if (!props.nextName) return null;
  return (
    <div className="superset-offer">
      <button type="button" onClick={props.onPair}>
        Superset with {props.nextName}
      </button>
      <p className="small muted">Alternate one set of each, with one rest after both.</p>
    </div>
  );
}
