/** The catalog filters: "only what I have" in plain sight, and pattern, equipment and grade folded under one line. */
import { EQUIPMENT, GRADES, PATTERNS } from "@spotter/core";
import { useId, useState } from "react";
import { Options, Switch } from "../Options.js";
import {
  activeFilterCount,
  type CatalogFilters,
  DEFAULT_FILTERS,
  EQUIPMENT_LABELS,
  GRADE_INFO,
  PATTERN_LABELS,
} from "./catalog.js";

/** Props: the filters and how to change them. */
export function Filters({ value, onChange }: { value: CatalogFilters; onChange: (f: CatalogFilters) => void }) {
  const id = useId();
  const active = activeFilterCount({ ...value, mine: DEFAULT_FILTERS.mine });
  const [open, setOpen] = useState(active > 0);
  const set = (patch: Partial<CatalogFilters>) => onChange({ ...value, ...patch });
  return (
    <div className="lib-filters">
      <Switch
        label="Only what I have"
        hint="Shows exercises your equipment covers. You list your equipment on Me."
        checked={value.mine}
        onChange={(mine) => set({ mine })}
      />
      <details className="lib-more" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>
          Pattern, equipment and grade
          {active > 0 && <span className="lib-count"> ({active} on)</span>}
        </summary>
        <div className="lib-more-body">
          <div className="lib-two">
            <div className="field">
              <label htmlFor={`${id}-pattern`}>Movement pattern</label>
              <select
                id={`${id}-pattern`}
                value={value.pattern}
                onChange={(e) => set({ pattern: e.target.value as CatalogFilters["pattern"] })}
              >
                <option value="">All patterns</option>
                {PATTERNS.map((p) => (
                  <option key={p} value={p}>
                    {PATTERN_LABELS[p]}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${id}-equipment`}>Uses this equipment</label>
              <select
                id={`${id}-equipment`}
                value={value.equipment}
                onChange={(e) => set({ equipment: e.target.value as CatalogFilters["equipment"] })}
              >
                <option value="">Any equipment</option>
                {EQUIPMENT.map((x) => (
                  <option key={x} value={x}>
                    {EQUIPMENT_LABELS[x]}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <Options
            legend="Spine-load grade"
            hint="A spares your spine most, D asks the most of it."
            variant="seg"
            value={value.grade === "" ? "any" : value.grade}
            onChange={(g) => set({ grade: g === "any" ? "" : g })}
            options={[{ value: "any", label: "Any" }, ...GRADES.map((g) => ({ value: g, label: g, hint: undefined }))]}
          />
          <p className="small muted lib-grade-key">
            {GRADES.map((g) => `${g}: ${GRADE_INFO[g].word.toLowerCase()}`).join(" · ")}
          </p>
          {active > 0 && (
            <button type="button" onClick={() => set({ pattern: "", equipment: "", grade: "" })}>
              Clear these filters
            </button>
          )}
        </div>
      </details>
    </div>
  );
}
