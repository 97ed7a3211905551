// A CPU profile of one phase of a benchmark (node:inspector, in the same process), and its samples put in stages of
// the set path: each sample goes to the innermost frame on its stack that names a stage, so a query run by the login
// check counts as "auth" and the JSON answer as "answer". Used by http-sets.bench.mjs with BENCH_PROFILE=<dir>.
import { mkdirSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { join } from "node:path";

/** Stages of the set path, tried in this order against each frame ("function file"); the first match names it. */
const PATH_STAGES = [
  [
    "auth (login check)",
    /auth\/middleware|findLoginSession|findTokenByHash|touchLoginSession|touchUserActivity|loginCache/,
  ],
  ["validation (body, schema)", /jsonBody|parseWith|refuseBadText|validate\.js/],
  [
    "guidance (stop rules, readiness, belt)",
    /guidanceForSet|setGuidanceOf|readinessFor|computeReadiness|core\/dist\/(session|readiness)/,
  ],
  ["records (new personal records)", /recordsOfNewSet|core\/dist\/progress/],
  [
    "write (insert, client id, version bump, commit)",
    /insertSet|withLogChange|groupCommit|claimClientId|logVersion\.js/,
  ],
  ["log cache (load, patch)", /afterLogWrite|loadUserLog|readUserLog|logPatch|withSet/],
  [
    "lookups (session, exercise, client id, profile)",
    /ownSession|getSession|exerciseFor|appliedRecordId|findClientId|getProfile/,
  ],
  ["answer (JSON, headers, compression)", /setView|compression\.js|headers\.js|hono\/dist\/context/],
  ["request log", /logging\.js|pino/],
];
/** What a sample is when no frame of its stack names a stage of the set path. */
const OTHER = [
  ["other server middleware (csrf, body limit, routing)", /packages\/server|hono\//],
  ["SQLite / Kysely outside a stage", /kysely|better-sqlite3|packages\/db/],
  ["load generator (autocannon)", /autocannon|http-parser-js|hdr-histogram/],
  ["HTTP server (node)", /^.* node:/],
];

/** Starts profiling this process; call the answer's `stop(dir, name)` to write the profile and get its summary. */
export async function startProfile(intervalUs = 250) {
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.setSamplingInterval", { interval: intervalUs });
  await session.post("Profiler.start");
  return {
    async stop(dir, name) {
      const { profile } = await session.post("Profiler.stop");
      session.disconnect();
      mkdirSync(dir, { recursive: true });
      const file = join(dir, `${name}.cpuprofile`);
      writeFileSync(file, JSON.stringify(profile));
      return { file, stages: stagesOf(profile) };
    },
  };
}

/** Milliseconds of samples per stage, plus idle, GC and unattributed ("program", node internals). */
export function stagesOf(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const label = (n) => `${n.callFrame.functionName} ${n.callFrame.url}`;
  const stageOfNode = new Map();
  const stageOf = (id) => {
    if (stageOfNode.has(id)) return stageOfNode.get(id);
    const fn = byId.get(id).callFrame.functionName;
    let stage;
    if (fn === "(idle)") stage = "idle";
    else if (fn === "(garbage collector)") stage = "garbage collector";
    else stage = innermost(id, PATH_STAGES) ?? innermost(id, OTHER) ?? "unattributed (program, natives)";
    stageOfNode.set(id, stage);
    return stage;
  };
  // The innermost frame (from the sample's own frame outwards) that one of `stages` names.
  const innermost = (id, stages) => {
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const here = label(byId.get(cur));
      const hit = stages.find(([, re]) => re.test(here));
      if (hit) return hit[0];
    }
    return undefined;
  };
  const ms = {};
  const deltas = profile.timeDeltas;
  profile.samples.forEach((id, i) => {
    const s = stageOf(id);
    ms[s] = (ms[s] ?? 0) + (deltas[i + 1] ?? 0) / 1000;
  });
  return ms;
}
