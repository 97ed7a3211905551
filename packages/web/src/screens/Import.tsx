/**
 * Import (SPEC X1): choose the app, pick the export file, see a dry-run preview (counts, name mapping, skipped
 * rows, the unit question when the file does not say it), then import and see what was added.
 */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { Link } from "wouter";
import {
  asksForDistanceUnit,
  asksForUnit,
  type DistanceUnit,
  dataApi,
  type ImportFormat,
  type WeightUnit,
} from "../api/data.js";
import { AppChooser } from "../components/data/AppChooser.js";
import { FilePicker } from "../components/data/FilePicker.js";
import { detectFormat, FORMATS, formatLabel, readStart } from "../components/data/formats.js";
import { ImportPreview } from "../components/data/ImportPreview.js";
import { DistanceQuestion, ImportResult, UnitQuestion } from "../components/data/ImportResult.js";
import { importButtonLabel, importErrorText, nothingNew } from "../components/data/importText.js";
import { reveal } from "../components/data/reveal.js";
import { useExercises } from "../lib/queries.js";
import "../styles/data.css";
import { dataKeys } from "../api/keys.js";
import { refresh } from "../api/refresh.js";

/** A chosen file with a key that changes on every pick, so picking the same file again asks the server again. */
interface Picked {
  file: File;
  key: string;
}

let pickCounter = 0;

/** The import screen (route /me/import). */
export function ImportScreen() {
  const qc = useQueryClient();
  const [format, setFormat] = useState<ImportFormat | null>(null);
  const [picked, setPicked] = useState<Picked | null>(null);
  const [unit, setUnit] = useState<WeightUnit | null>(null);
  const [unitAsked, setUnitAsked] = useState(false);
  const [distanceUnit, setDistanceUnit] = useState<DistanceUnit | null>(null);
  const [distanceAsked, setDistanceAsked] = useState(false);
  // Mapping corrections made in this preview: file name -> exercise id (sent as API.md `mapping`).
  const [mapping, setMapping] = useState<Record<string, string>>({});
  const exercises = useExercises();
  const [detected, setDetected] = useState<string>("");
  const [formatError, setFormatError] = useState("");
  const previewHeading = useRef<HTMLHeadingElement>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const unitHeading = useRef<HTMLHeadingElement>(null);

  // The dry run stores nothing, so it is a query: it reruns by itself when the app, the file or the unit changes.
  const preview = useQuery({
    queryKey: dataKeys.preview(
      picked?.key ?? "",
      format ?? "",
      unit ?? "",
      distanceUnit ?? "",
      JSON.stringify(mapping),
    ),
    queryFn: async () => {
      if (!picked || !format) throw new Error("no file");
      try {
        return await dataApi.importFile(picked.file, format, unit, true, { distanceUnit, mapping });
      } catch (e) {
        if (asksForUnit(e)) setUnitAsked(true);
        if (asksForDistanceUnit(e)) setDistanceAsked(true);
        throw e;
      }
    },
    enabled: Boolean(picked && format),
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
  });

  const run = useMutation({
    mutationFn: () => {
      if (!picked || !format) throw new Error("no file");
      return dataApi.importFile(picked.file, format, unit, false, { distanceUnit, mapping });
    },
    onSuccess: () => {
      // New sessions, exercises and check-ins touch nearly every screen; refresh them all except the previews.
      qc.removeQueries({ queryKey: dataKeys.previews });
      void refresh.derived(qc);
    },
  });

  const previewData = preview.data;
  useEffect(() => {
    if (previewData) reveal(previewHeading.current);
  }, [previewData]);
  const result = run.data;
  useEffect(() => {
    if (result) reveal(resultHeading.current);
  }, [result]);
  // When the server asks for the unit, the question is the next thing to answer: bring it into view.
  useEffect(() => {
    if (unitAsked) reveal(unitHeading.current);
  }, [unitAsked]);

  const onPick = async (file: File) => {
    pickCounter += 1;
    run.reset();
    setUnitAsked(false);
    setDistanceAsked(false);
    setDistanceUnit(null);
    setMapping({});
    setFormatError("");
    const guess = detectFormat(await readStart(file));
    if (guess && guess !== format) {
      setFormat(guess);
      setDetected(`This file looks like a ${formatLabel(guess)} export, so ${formatLabel(guess)} is chosen above.`);
    } else {
      setDetected(guess ? `This file looks like a ${formatLabel(guess)} export.` : "");
      if (!format) setFormatError("App: choose which app this file came from, and Spotter reads it.");
    }
    setPicked({ file, key: `${pickCounter}:${file.name}:${file.size}` });
  };

  const another = () => {
    run.reset();
    setPicked(null);
    setUnitAsked(false);
    setDetected("");
  };

  const info = FORMATS.find((f) => f.value === format);
  const unitError = asksForUnit(preview.error) || asksForDistanceUnit(preview.error);
  const showUnit = Boolean(picked) && (unitAsked || previewData?.unitFrom === "request");

  return (
    <section className="data-screen">
      <Link href="/me" className="data-back">
        ← Me
      </Link>
      <h1>Import your training log</h1>
      {/* Once the import is done, "nothing is saved until you confirm" would no longer be true. */}
      {!result && (
        <p>
          Bring the workouts you logged in another app, so your progress and next targets start from what you have
          already lifted. You see a preview first; nothing is saved until you confirm.
        </p>
      )}

      {result ? (
        <ImportResult summary={result} onAnother={another} headingRef={resultHeading} />
      ) : (
        <>
          <AppChooser
            value={format}
            onChange={(v) => {
              setFormat(v);
              setFormatError("");
              setDetected("");
            }}
            fold={Boolean(picked)}
            error={formatError}
          />

          <div className="card">
            <h2>2. The export file</h2>
            <FilePicker
              label={info ? `Choose your ${info.label} file` : "Choose the export file"}
              accept={info?.accept ?? ".csv,.json,text/csv,application/json"}
              file={picked?.file ?? null}
              onPick={onPick}
            />
            {detected && (
              <p className="small" role="status">
                {detected}
              </p>
            )}
            {!picked && (
              <p className="small muted">
                Spotter reads the file on its own server and shows you what it found before saving anything.
              </p>
            )}
          </div>

          {showUnit && (
            <UnitQuestion
              value={unit}
              onChange={setUnit}
              appName={info?.label ?? "the app"}
              asked={unitAsked && (unitError || !unit)}
              headingRef={unitHeading}
            />
          )}

          {picked && (distanceAsked || previewData?.distanceUnitFrom === "request") && (
            <DistanceQuestion value={distanceUnit} onChange={setDistanceUnit} appName={info?.label ?? "the app"} />
          )}

          {preview.isFetching && (
            <p className="loading" role="status">
              Reading your file…
            </p>
          )}
          {preview.isError && !unitError && (
            <div className="error-box" role="alert">
              <p>{importErrorText(preview.error)}</p>
              <button type="button" onClick={() => preview.refetch()}>
                Try again
              </button>
            </div>
          )}
          {previewData && !preview.isFetching && (
            <>
              <ImportPreview
                summary={previewData}
                headingRef={previewHeading}
                exercises={exercises.data}
                onChoose={
                  format === "spotter"
                    ? undefined
                    : (name, exerciseId) => setMapping((m) => ({ ...m, [name]: exerciseId }))
                }
              />
              {run.isError && (
                <div className="error-box" role="alert">
                  <p>{importErrorText(run.error)}</p>
                </div>
              )}
              {!nothingNew(previewData) && (
                <button type="button" className="primary big" onClick={() => run.mutate()} disabled={run.isPending}>
                  {run.isPending ? "Importing…" : importButtonLabel(previewData)}
                </button>
              )}
              {nothingNew(previewData) && (
                <div className="data-actions">
                  <Link href="/history" className="button">
                    See your history
                  </Link>
                </div>
              )}
            </>
          )}
        </>
      )}
    </section>
  );
}
