/** `spotter demo [--email E] [--password P]`: an account with 12 weeks of realistic history, for a first look. */
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { localDay } from "@spotter/core";
import { openDatabase, uuidv7 } from "@spotter/db";
import { createApp, NO_RATE_LIMITS } from "@spotter/server";
import { demoStory } from "../demo/story.js";
import { DB_OPTION_SPEC, dbOptions, describeDb } from "./options.js";

/** Creates the demo account and replays its history through the API. */
export async function demoCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    allowPositionals: false,
    strict: true,
    options: { ...DB_OPTION_SPEC, email: { type: "string" }, password: { type: "string" }, json: { type: "boolean" } },
  });
  const email = values.email ?? `demo-${randomBytes(3).toString("hex")}@spotter.local`;
  const password = values.password ?? "spotter-demo";
  if (password.length < 8) {
    console.error("The password must be at least 8 characters.");
    return 2;
  }
  const o = dbOptions(values);
  const db = await openDatabase({ dataDir: o.dataDir, databaseUrl: o.databaseUrl });
  try {
    // The story is replayed in-process by the operator: no client to limit.
    const app = createApp({
      db,
      now: () => Date.now(),
      newId: () => uuidv7(),
      // In process only, never listening: the demo's own account is made through the real API.
      registration: "open",
      rateLimits: NO_RATE_LIMITS,
    });
    let cookie = "";
    const call = async (method: string, path: string, body: unknown) => {
      const res = await app.request(`/api/v1${path}`, {
        method,
        headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
        body: JSON.stringify(body),
      });
      const setCookie = res.headers.get("set-cookie");
      if (setCookie) cookie = setCookie.split(";")[0] ?? "";
      const json = (await res.json().catch(() => null)) as { id?: string; error?: { message: string } } | null;
      if (res.status >= 400) throw new Error(`${method} ${path}: ${res.status} ${json?.error?.message ?? ""}`);
      return json;
    };
    await call("POST", "/auth/register", { email, password });
    const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
    await call("PUT", "/profile", {
      unit: "kg",
      bodyWeightKg: 82,
      timeZone,
      sex: "male",
      ageBand: "19-50",
      sleepPosition: "side",
      sittingHours: 7,
      equipment: [
        "barbell",
        "dumbbells",
        "smith-machine",
        "leg-press",
        "cable",
        "machines",
        "pull-up-bar",
        "bench",
        "foam-roller",
        "belt",
      ],
      daysPerWeek: 3,
      trainingDays: ["mon", "wed", "fri"],
      sessionMinutes: 60,
      goal: "hypertrophy",
      experience: "intermediate",
    });
    await call("POST", "/profile/notice", { accepted: true });
    const story = demoStory(localDay(Date.now(), timeZone));
    let sessionId = "";
    for (const r of story) {
      const path = r.path.replace("{session}", sessionId);
      const answer = await call(r.method, path, r.body);
      if (r.path === "/sessions" && answer?.id) sessionId = answer.id;
    }
    await call("POST", "/plans", {});
    const summary = { email, password, requests: story.length, database: describeDb(o) };
    if (values.json) console.log(JSON.stringify(summary));
    else console.log(`Demo account ready in ${summary.database}.\n  Email:    ${email}\n  Password: ${password}`);
    return 0;
  } finally {
    await db.close();
  }
}
