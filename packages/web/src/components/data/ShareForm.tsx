/** The form that makes a share link: who it is for, how long it works, and an optional date range. */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { type CreatedShare, dataApi, type ShareInput } from "../../api/data.js";
import { ApiError, messageOf } from "../../api/errors.js";
import { dataKeys } from "../../api/keys.js";
import { TextField } from "../Field.js";
import { Options, Switch } from "../Options.js";
import { DateRange } from "./DateRange.js";
import { last90Days, rangeErrors } from "./range.js";
import { DEFAULT_EXPIRY, EXPIRY_CHOICES } from "./shareText.js";

/** The server's field names as the form's labels, so a message always names what to change. */
const LABELS: Record<string, string> = {
  label: "Who it is for",
  expiresInDays: "Link works for",
  from: "From",
  to: "To",
};

/** The create form; `onCreated` gets the new link, whose url is shown only once. */
export function ShareForm(props: { today: string; onCreated: (share: CreatedShare) => void }) {
  const qc = useQueryClient();
  const [label, setLabel] = useState("");
  const [days, setDays] = useState<string>(String(DEFAULT_EXPIRY));
  const [limit, setLimit] = useState(false);
  const initial = last90Days(props.today);
  const [from, setFrom] = useState(initial.from);
  const [to, setTo] = useState(initial.to);
  const [shown, setShown] = useState(false);
  const create = useMutation({
    mutationFn: (input: ShareInput) => dataApi.createShare(input),
    onSuccess: (share) => {
      qc.invalidateQueries({ queryKey: dataKeys.shares });
      setLabel("");
      setShown(false);
      props.onCreated(share);
    },
  });
  const localErrors = limit && shown ? rangeErrors(from, to, props.today) : {};
  // Server problems are listed once in an alert, each starting with the label of the field to change.
  const serverErrors = create.error instanceof ApiError ? create.error.fieldErrors() : {};
  const formErrors = create.isError
    ? Object.keys(serverErrors).length > 0
      ? Object.entries(serverErrors).map(([k, v]) => `${LABELS[k] ?? k}: ${v}`)
      : [messageOf(create.error)]
    : [];

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setShown(true);
    const errs = limit ? rangeErrors(from, to, props.today) : {};
    if (errs.from || errs.to) return;
    create.mutate({
      label: label.trim() || undefined,
      expiresInDays: Number(days),
      ...(limit ? { from, to } : {}),
    });
  };

  return (
    <form className="card" onSubmit={submit} noValidate aria-labelledby="share-new-h">
      <h2 id="share-new-h">Make a link</h2>
      <TextField
        label="Who it is for (optional)"
        hint={
          'Shown in your list of links and on the shared page as "Made for", so the person you send it to sees it too. For example Physio, Dr Lee.'
        }
        type="text"
        value={label}
        maxLength={80}
        autoComplete="off"
        onChange={(e) => setLabel(e.target.value)}
      />
      <div className="share-expiry">
        <Options
          legend="Link works for"
          variant="seg"
          value={days}
          onChange={setDays}
          options={EXPIRY_CHOICES.map((d) => ({ value: String(d), label: `${d} days` }))}
        />
      </div>
      <Switch
        label="Only share some days"
        checked={limit}
        onChange={setLimit}
        hint={limit ? undefined : "Off: the link shows the last 90 days up to the day it is opened."}
      />
      {limit && (
        <DateRange
          legend="Days the link shows"
          from={from}
          to={to}
          onFrom={setFrom}
          onTo={setTo}
          errors={localErrors}
        />
      )}
      {formErrors.length > 0 && (
        <div className="error-box" role="alert">
          {formErrors.map((m) => (
            <p key={m}>{m}</p>
          ))}
        </div>
      )}
      <button type="submit" className="primary big" disabled={create.isPending}>
        {create.isPending ? "Making the link…" : "Make link"}
      </button>
    </form>
  );
}
