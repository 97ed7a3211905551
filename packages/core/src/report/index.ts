/** The clinician report (SPEC §12 X3): one pure model that every renderer prints. */
export { buildClinicianReport, generatedLine, REPORT_MAX_DAYS, REPORT_NOTICE } from "./buildReport.js";
export {
  dayText,
  REPORT_EVERYDAY_TEXT,
  REPORT_NERVE_KIND_TEXT,
  REPORT_NERVE_TREND_TEXT,
  REPORT_RED_FLAG_TEXT,
  REPORT_REGION_TEXT,
} from "./labels.js";
export { REPORT_PAIN_CHANGE_POINTS, REPORT_WINDOW_MIN_CHECKINS } from "./pain.js";
export type * from "./types.js";
