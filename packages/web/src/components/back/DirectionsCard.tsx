/**
 * P9 in "Your back": the directions of spinal load that already hurt (bending forward, arching back, twisting,
 * weight pressing down). Each ticked direction leaves out every exercise that loads the back strongly that way, in
 * the plan and in the alternatives Spotter offers. Saved with PUT /profile as `aggravating: [{direction}]`.
 */
import { type AggravatingEntry, DIRECTIONS, type Direction } from "@spotter/core";
import { DIRECTION_WORDS, withDirection } from "./backText.js";
import { SaveOutcome, useNotedSave } from "./SaveOutcome.js";

/** The ticked directions of an aggravating list. */
export function directionsOf(list: readonly AggravatingEntry[]): Direction[] {
  return DIRECTIONS.filter((d) => list.some((e) => "direction" in e && e.direction === d));
}

/** Checkboxes for the four directions; shared by "Your back" and onboarding. */
export function DirectionChoices(props: {
  value: readonly Direction[];
  onChange: (d: Direction, on: boolean) => void;
  disabled?: boolean;
}) {
  return (
    <fieldset className="direction-choices">
      <legend>Directions that already hurt</legend>
      <p className="hint">Tick any that bring on your back pain. Leave them all clear if none do.</p>
      <div className="opts block">
        {DIRECTIONS.map((d) => (
          <label key={d} className="opt">
            <input
              type="checkbox"
              checked={props.value.includes(d)}
              disabled={props.disabled}
              onChange={(e) => props.onChange(d, e.target.checked)}
            />
            <span>
              <span className="opt-title">{DIRECTION_WORDS[d].name}</span>
              <span className="opt-hint">Such as {DIRECTION_WORDS[d].examples}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** The "Directions that hurt" card of Your back: each tick saves at once. */
export function DirectionsCard(props: { list: AggravatingEntry[] }) {
  const saved = useNotedSave();
  const ticked = directionsOf(props.list);
  const change = (d: Direction, on: boolean) =>
    saved.send(
      { aggravating: withDirection(props.list, d, on) },
      on
        ? `${DIRECTION_WORDS[d].name}: exercises that load your back this way are left out from now on.`
        : `${DIRECTION_WORDS[d].name}: those exercises can come back into your plans.`,
    );
  return (
    <section className="card" aria-labelledby="directions-h">
      <h2 id="directions-h">Directions that hurt</h2>
      <p className="small">
        Spotter leaves out every exercise that loads your back strongly in a direction you tick, in your plan and in the
        alternatives it suggests.
      </p>
      <DirectionChoices value={ticked} onChange={change} disabled={saved.save.isPending} />
      <SaveOutcome saved={saved} />
    </section>
  );
}
