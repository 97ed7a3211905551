/**
 * Concurrent set writers for the resilience tests, and the ledger that checks them against the database. Each writer
 * is a user with a personal token and one session; it logs sets one after another, each with a new client id, and
 * retries a write that got a 503 (after Retry-After) or no answer with the same client id, as the web app does.
 */
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { type Db, insertToken, insertUser, uuidv7 } from "@spotter/db";

/** One writing client. */
export interface Writer {
  userId: string;
  token: string;
  sessionId: string;
}

/** A set body as the API takes it. */
type SetBody = Record<string, unknown> & { clientId: string };

/** What the writers saw, and which writes are still owed an answer. */
export class Ledger {
  /** Client ids that got a 2xx. */
  readonly acked = new Set<string>();
  /** Per writer: the write sent without a 2xx yet (retried with the same client id). */
  readonly pending = new Map<number, SetBody>();
  unavailable = 0;
  networkErrors = 0;
  /** Answers that are neither 2xx nor 503: status and body, for the failure message. */
  readonly unexpected: string[] = [];
  /** Instants (epoch ms) of every 2xx, to find when writes came back after an outage. */
  readonly ackTimes: number[] = [];
}

/**
 * Creates users and tokens straight in the database (as registration would), so the tests depend on no sign-up
 * limit or cookie rule. The database must be migrated.
 */
export async function seedWriters(db: Db, count: number): Promise<{ userId: string; token: string }[]> {
  const out: { userId: string; token: string }[] = [];
  for (let i = 0; i < count; i++) {
    const userId = uuidv7();
    const now = Date.now();
    await insertUser(db.kysely, {
      id: userId,
      email: `writer${i}-${randomBytes(4).toString("hex")}@example.com`,
      passwordHash: "not-a-login",
      createdAt: now,
    });
    const token = `spt_${randomBytes(32).toString("base64url")}`;
    const tokenHash = createHash("sha256").update(token).digest("hex");
    await insertToken(db.kysely, { id: uuidv7(), userId, name: "resilience test", tokenHash, createdAt: now });
    out.push({ userId, token });
  }
  return out;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

async function post(
  api: string,
  token: string,
  path: string,
  body: unknown,
): Promise<{ status: number; retryAfter: number; text: string } | "no-answer"> {
  try {
    const res = await fetch(api + path, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });
    return { status: res.status, retryAfter: Number(res.headers.get("retry-after") ?? 0), text: await res.text() };
  } catch {
    return "no-answer";
  }
}

/** Starts one session per user (yesterday, so it is never a future day in the user's zone). */
export async function openSessions(api: string, users: { userId: string; token: string }[]): Promise<Writer[]> {
  const date = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  return Promise.all(
    users.map(async (u) => {
      const r = await post(api, u.token, "/sessions", {
        clientId: randomUUID(),
        date,
        startedAt: `${date}T09:00:00Z`,
        painBefore: 0,
      });
      if (r === "no-answer" || r.status !== 201) throw new Error(`starting a session failed: ${JSON.stringify(r)}`);
      return { ...u, sessionId: (JSON.parse(r.text) as { id: string }).id };
    }),
  );
}

/** How a writer behaves; `api()` is read before every request, so a restarted server on a new port is followed. */
export interface WriteLoopOptions {
  api: () => string;
  /** Stop taking new writes once this says so (a pending write is still finished). */
  stop: () => boolean;
  /** "stop": no answer ends this round, keeping the write pending (the server was killed); "retry": try again. */
  onNoAnswer: "stop" | "retry";
  /** Give up retrying when this says so (a deadline passed, the server is gone), leaving the write pending. */
  giveUp: () => boolean;
}

/** Logs sets until told to stop; every write ends acknowledged or pending in the ledger. */
export async function writeLoop(index: number, w: Writer, ledger: Ledger, opts: WriteLoopOptions): Promise<void> {
  let setIndex = 0;
  for (;;) {
    let body = ledger.pending.get(index);
    if (!body) {
      if (opts.stop()) return;
      body = {
        clientId: randomUUID(),
        exerciseId: "smith-machine-squat",
        setIndex: setIndex++ % 20,
        warmup: false,
        reps: 8,
        loadKg: 60,
        rir: 2,
        belt: false,
        pain: 0,
        painKind: "none",
      };
      ledger.pending.set(index, body);
    }
    if (opts.giveUp()) return;
    const r = await post(opts.api(), w.token, `/sessions/${w.sessionId}/sets`, body);
    if (r === "no-answer") {
      ledger.networkErrors++;
      if (opts.onNoAnswer === "stop") return;
      await sleep(100);
    } else if (r.status >= 200 && r.status < 300) {
      ledger.acked.add(body.clientId);
      ledger.ackTimes.push(Date.now());
      ledger.pending.delete(index);
    } else if (r.status === 503) {
      ledger.unavailable++;
      if (!(r.retryAfter > 0) || !r.text.includes('"UNAVAILABLE"')) {
        ledger.unexpected.push(`503 without Retry-After or UNAVAILABLE: ${r.text.slice(0, 300)}`);
      }
      await sleep(Math.max(r.retryAfter, 0.1) * 1000);
    } else {
      ledger.unexpected.push(`${r.status} ${r.text.slice(0, 300)}`);
      ledger.pending.delete(index);
    }
  }
}

/** What the database holds for the writers, against the ledger. */
export interface Tally {
  /** Acknowledged writes missing from the database. */
  lost: number;
  /** Client ids stored more than once. */
  doubled: number;
  /** Stored sets no one was told about (possible only for writes still pending). */
  unacknowledgedStored: number;
  stored: number;
}

/** Reads every set of the users and compares it with the ledger. */
export async function tally(db: Db, userIds: string[], ledger: Ledger): Promise<Tally> {
  const rows = await db.kysely.selectFrom("sets").select("client_id").where("user_id", "in", userIds).execute();
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.client_id, (counts.get(r.client_id) ?? 0) + 1);
  let lost = 0;
  for (const id of ledger.acked) if (!counts.has(id)) lost++;
  let doubled = 0;
  let unacknowledgedStored = 0;
  for (const [id, n] of counts) {
    if (n > 1) doubled++;
    if (!ledger.acked.has(id)) unacknowledgedStored++;
  }
  return { lost, doubled, unacknowledgedStored, stored: rows.length };
}
