// Calendar helpers and what every coach reports per day to the tally.
const DAY_MS = 86_400_000;
/** The first simulated day (a Monday), UTC. */
export const START_DAY = "2027-01-04";
const startMs = Date.parse(`${START_DAY}T00:00:00Z`);

/** The local day (UTC) `n` days after the start. */
export function dayOf(n) {
  return new Date(startMs + n * DAY_MS).toISOString().slice(0, 10);
}

/** An instant on day `n` at a time of day (hours, may be fractional), as epoch ms. */
export function instantOf(n, hours) {
  return startMs + n * DAY_MS + Math.round(hours * 3_600_000);
}

/** The same instant as an ISO string. */
export function isoOf(n, hours) {
  return new Date(instantOf(n, hours)).toISOString();
}
