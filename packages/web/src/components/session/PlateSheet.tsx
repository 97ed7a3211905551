/** The plate calculator as a bottom sheet: which plates go on each side of the bar, in the user's unit. */
import { fromUnit, plateBreakdown, type Unit } from "@spotter/core";
import { useEffect, useId, useRef, useState } from "react";
import { displayWeight } from "../../lib/format.js";
import { Options } from "../Options.js";
import { Stepper } from "../Stepper.js";

const BARS: Record<Unit, string[]> = { kg: ["20", "15", "10"], lb: ["45", "35", "25"] };

/** Largest plates tallest: a plate's drawn height follows its weight. */
function plateHeight(p: number, unit: Unit): number {
  const max = unit === "kg" ? 25 : 45;
  return Math.round(28 + (p / max) * 52);
}

/** The sheet; open while `total` is a number (in the user's unit). */
export function PlateSheet(props: { total: number | null; unit: Unit; step: number; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [total, setTotal] = useState(props.total ?? 0);
  const [bar, setBar] = useState(BARS[props.unit][0] ?? "20");
  const open = props.total !== null;
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) {
      setTotal(props.total ?? 0);
      if (typeof d.showModal === "function") d.showModal();
      else d.setAttribute("open", "");
    }
    if (!open && d.open) d.close();
  }, [open, props.total]);
  const b = plateBreakdown(fromUnit(total, props.unit), props.unit, fromUnit(Number(bar), props.unit));
  const loaded = displayWeight(b.loadedKg, props.unit);
  const u = props.unit;
  return (
    <dialog ref={ref} className="sheet" aria-labelledby={titleId} onClose={props.onClose}>
      <div className="sheet-head">
        <h2 id={titleId}>Plates</h2>
        <button type="button" onClick={props.onClose}>
          Close
        </button>
      </div>
      <Stepper label="Total on the bar" unit={u} value={total} step={props.step} onChange={setTotal} />
      <Options
        legend={`Bar (${u})`}
        variant="seg"
        value={bar}
        onChange={setBar}
        options={BARS[u].map((v) => ({ value: v, label: `${v} ${u}` }))}
      />
      {b.perSide.length === 0 ? (
        <p>
          {total <= Number(bar)
            ? `That is the bar alone (${bar} ${u}); no plates needed.`
            : `Plates cannot make ${total} ${u} on a ${bar} ${u} bar.`}
        </p>
      ) : (
        <>
          <p className="plates-words">
            <strong>Each side:</strong> {b.perSide.join(" + ")} {u}
          </p>
          <div className="plate-row" aria-hidden="true">
            <span className="plate-bar" />
            {b.perSide.map((p, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: plates repeat; their order is their identity
              <span key={i} className="plate" style={{ height: plateHeight(p, u) }}>
                {p}
              </span>
            ))}
          </div>
          {!b.exact && (
            <p className="small">
              Standard plates make {loaded} {u}, the closest below {total} {u}.
            </p>
          )}
        </>
      )}
    </dialog>
  );
}
