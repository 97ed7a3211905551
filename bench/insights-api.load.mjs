// Loads the heavy user's log the way the API sees it (sessions with sets, check-ins), for the in-memory baseline.
/** Fetches the user's sessions (with their sets) and check-ins through the app. */
export async function loadUserLogForBench(app, cookie) {
  const get = async (p) => (await app.request(`/api/v1${p}`, { headers: { cookie } })).json();
  const sessions = await get("/sessions");
  const checkins = await get("/checkins");
  sessions.sort((a, b) => a.startedAt.localeCompare(b.startedAt));
  return { sessions, sets: sessions.flatMap((s) => s.sets), checkins };
}
