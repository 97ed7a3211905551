/** Import and restore (SPEC X1, X2): from parsed files to the records to store, adding nothing twice. */
export { type BackupProblem, backupIdProblem } from "./checkBackup.js";
export { ingestBackup } from "./ingestBackup.js";
export {
  exportIngester,
  type IngesterOptions,
  type IngestSummary,
  ingestExport,
  type SessionUpdate,
} from "./ingestExport.js";
export type { ExistingKeys, ImportedLoggedSet, IngestIds, IngestResult, NameMapping } from "./types.js";
