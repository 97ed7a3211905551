/** Import and export of other apps' workout logs (SPEC X1, X2, C6): pure parsing and writing, no I/O. */
export { type CustomExerciseHint, customExerciseFromName, exerciseHintCollector, exerciseHintsOf } from "./custom.js";
export {
  detectExportFormat,
  type OpenedExport,
  openWorkoutExport,
  parseWorkoutExport,
  type ScanReport,
} from "./parse.js";
export {
  LINES_PER_REASON,
  type ReasonSummary,
  type ReportLine,
  reportCollector,
  type SummarisedReport,
  summariseReport,
} from "./report.js";
export { exportSource, type SetSource, STRONG_CSV_HEADER, strongDuration, toStrongCsv } from "./strongCsv.js";
export type {
  DistanceUnit,
  ImportedSet,
  ImportedWorkout,
  ImportFailure,
  ImportFormat,
  ImportOptions,
  ImportParse,
  SourceApp,
  WeightUnit,
} from "./types.js";
export { type SkippedRow, skipBackupRowsOutsideWindow, skipWorkoutsOutsideWindow, windowedSink } from "./window.js";
export type { BlockSink } from "./workouts.js";
