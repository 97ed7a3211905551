/**
 * Supplements (N2): log a name, amount and unit; see the day's totals against the adult reference intake and upper
 * limit for the user's age band and sex, and the warning above the upper limit. No dosing advice.
 */
import {
  CALCIUM_ELEMENTAL_NOTE,
  type DailyDay,
  formatDailyAmount,
  matchNutrient,
  SUPPLEMENT_UNITS,
  type SupplementTotal,
  type SupplementUnit,
} from "@spotter/core";
import { useState } from "react";
import { useDeleteDaily, useLogDaily } from "../../api/daily.js";
import { ApiError, messageOf } from "../../api/errors.js";
import { TextField } from "../Field.js";
import { fieldMessage, totalLines, totalScale } from "./dailyText.js";
import { LoggedToday } from "./LoggedToday.js";

const UNIT_WORDS: Record<SupplementUnit, string> = {
  mg: "mg",
  ug: "µg",
  IU: "IU",
  g: "g",
  ml: "mL",
  tablet: "tablet",
  capsule: "capsule",
  drop: "drop",
};

const QUICK = [
  { name: "Vitamin D3", unit: "IU" as SupplementUnit },
  { name: "Calcium", unit: "mg" as SupplementUnit },
];

/** One total with its scale: where the total sits against the reference intake and the upper limit. */
function Total({ t }: { t: SupplementTotal }) {
  const lines = totalLines(t);
  const scale = totalScale(t);
  return (
    <li className={`supp-total${t.aboveUpperLimit ? " above" : ""}`}>
      <div className="spread">
        <strong>{t.label}</strong>
        <span>
          {lines.amount}
          {t.aboveUpperLimit && <span className="above-tag"> · above the upper limit</span>}
        </span>
      </div>
      {scale && (
        <div className="supp-scale" aria-hidden="true">
          <span className="supp-fill" style={{ width: `${Math.min(100, scale.total * 100)}%` }} />
          <span className="supp-mark ref" style={{ left: `${scale.reference * 100}%` }} />
          <span className="supp-mark ul" style={{ left: `${scale.upper * 100}%` }} />
        </div>
      )}
      {lines.reference && <p className="small muted">{lines.reference}</p>}
      {t.uncountedEntries > 0 && (
        <p className="small muted">
          {t.uncountedEntries} {t.uncountedEntries === 1 ? "entry is" : "entries are"} in tablets or drops and not
          counted; log the amount on the label to count it.
        </p>
      )}
      {t.note && <p className="small muted">{t.note}</p>}
    </li>
  );
}

/** The supplements card. */
export function SupplementsCard(props: { day: DailyDay; date: string }) {
  const { day, date } = props;
  const log = useLogDaily(date);
  const del = useDeleteDaily(date);
  const [name, setName] = useState("");
  const [amount, setAmount] = useState("");
  const [unit, setUnit] = useState<SupplementUnit | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const nutrient = name.trim() ? matchNutrient(name, unit) : null;

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const local: Record<string, string> = {};
    const n = Number(amount.replace(",", "."));
    if (!name.trim()) local.name = "Enter the supplement's name, as on the label.";
    if (!amount.trim() || !Number.isFinite(n) || n <= 0) local.amount = "Enter the amount you took, more than 0.";
    if (!unit) local.unit = "Choose the unit the label uses.";
    setErrors(local);
    if (Object.keys(local).length > 0 || !unit) return;
    log.mutate(
      { kind: "supplement", name: name.trim(), amount: n, unit },
      {
        onSuccess: () => {
          setName("");
          setAmount("");
          setUnit(null);
        },
        onError: (err) => {
          if (err instanceof ApiError && err.details.length) {
            const f = err.fieldErrors();
            const labels: Record<string, string> = { name: "Name", amount: "Amount", unit: "Unit" };
            setErrors(Object.fromEntries(Object.entries(f).map(([k, v]) => [k, fieldMessage(labels[k] ?? k, v)])));
          } else setErrors({ form: messageOf(err) });
        },
      },
    );
  };

  return (
    <div className="card">
      <h2>Supplements</h2>
      {day.warnings.map((w) => (
        <div key={`${w.code}-${w.nutrient ?? ""}`} className="banner caution" role="alert">
          <p>{w.message}</p>
        </div>
      ))}
      {day.supplementTotals.length > 0 ? (
        <ul className="list supp-totals" aria-label="Supplement totals today">
          {day.supplementTotals.map((t) => (
            <Total key={`${t.label}|${t.unit}`} t={t} />
          ))}
        </ul>
      ) : (
        <p className="muted small">
          If you take calcium or vitamin D, log each dose. Spotter adds up the day and shows it against the adult
          reference intake and upper limit for your age band and sex.
        </p>
      )}
      <form onSubmit={submit} noValidate className="supp-form">
        <h3>Log a dose</h3>
        <fieldset className="quick-supps">
          <legend className="visually-hidden">Common supplements</legend>
          <div className="chips">
            {QUICK.map((q) => (
              <button
                key={q.name}
                type="button"
                className="chip"
                onClick={() => {
                  setName(q.name);
                  setUnit(q.unit);
                }}
              >
                {q.name}
              </button>
            ))}
          </div>
        </fieldset>
        <TextField
          label="Name"
          error={errors.name}
          after={nutrient === "calcium" && <p className="hint">{CALCIUM_ELEMENTAL_NOTE}</p>}
          type="text"
          value={name}
          autoComplete="off"
          onChange={(e) => {
            setName(e.target.value);
            const n = matchNutrient(e.target.value, null);
            if (n && !unit) setUnit(n === "calcium" ? "mg" : "IU");
          }}
        />
        <TextField
          label="Amount"
          error={errors.amount}
          type="text"
          inputMode="decimal"
          value={amount}
          onChange={(e) => setAmount(e.target.value)}
        />
        <fieldset>
          <legend>Unit</legend>
          <div className="opts">
            {SUPPLEMENT_UNITS.map((u) => (
              <label key={u} className="opt">
                <input type="radio" name="supp-unit" checked={unit === u} onChange={() => setUnit(u)} />
                {UNIT_WORDS[u]}
              </label>
            ))}
          </div>
          {errors.unit && <p className="field-error">{errors.unit}</p>}
        </fieldset>
        {errors.form && (
          <p className="field-error" role="alert">
            {errors.form}
          </p>
        )}
        <button type="submit" className="primary big" disabled={log.isPending}>
          Log this dose
        </button>
        <p className="small muted supp-advice">
          Spotter does not tell you how much to take. Ask your doctor or pharmacist what is right for you.
        </p>
      </form>
      <LoggedToday
        heading="Logged today"
        label="Supplements logged today"
        entries={day.supplements.map((s) => {
          const amount = `${formatDailyAmount(s.amount)} ${UNIT_WORDS[s.unit] ?? s.unit}`;
          return { id: s.id, shown: `${s.name} · ${amount}`, spoken: `${s.name} ${amount}` };
        })}
        busy={del.isPending}
        onRemove={(id) => del.mutate(id)}
      />
    </div>
  );
}
