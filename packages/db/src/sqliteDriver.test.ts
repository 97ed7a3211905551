// The SQLite driver (sqliteDriver.ts): plain reads answer from the reader while a transaction is open, see only what
// is committed, and writers take the file in the order they asked.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { type Db, openDatabase } from "./connect.js";
import { inGroupCommit } from "./groupCommit.js";
import { FifoLock } from "./sqliteDriver.js";

/** A promise and its resolver, to hold a transaction open. */
function gate(): { open: () => void; wait: Promise<void> } {
  let open = () => {};
  const wait = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { open, wait };
}

const count = async (db: Db) =>
  Number((await sql<{ n: number }>`select count(*) as n from scratch`.execute(db.kysely)).rows[0]?.n);

describe("the SQLite driver", () => {
  const dirs: string[] = [];
  const opened: Db[] = [];
  afterEach(async () => {
    for (const db of opened.splice(0)) await db.close();
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  async function open(dataDir?: string): Promise<Db> {
    const dir = dataDir ?? mkdtempSync(join(tmpdir(), "spotter-driver-"));
    if (!dataDir) dirs.push(dir);
    const db = await openDatabase({ dataDir: dir, backupBeforeMigrate: false });
    opened.push(db);
    await sql`create table scratch (a integer)`.execute(db.kysely);
    return db;
  }

  it("grants its lock in the order asked", async () => {
    const lock = new FifoLock();
    const order: number[] = [];
    await lock.lock();
    const waiters = [1, 2, 3].map((n) => lock.lock().then(() => order.push(n)));
    expect(lock.waiting).toBe(3);
    for (let i = 0; i < 3; i++) {
      lock.unlock();
      await waiters[i];
    }
    lock.unlock();
    expect(order).toEqual([1, 2, 3]);
    expect(lock.waiting).toBe(0);
  });

  it("answers a plain read during an open transaction with the committed state, and the write once committed", async () => {
    const db = await open();
    const held = gate();
    const inside = gate();
    const write = inGroupCommit(db.kysely, async (trx) => {
      await sql`insert into scratch (a) values (1)`.execute(trx);
      inside.open();
      await held.wait;
    });
    await inside.wait;
    // The transaction holds the writer; the read neither waits for it nor sees its row.
    expect(await count(db)).toBe(0);
    // A write outside it waits its turn, after the transaction.
    let second = false;
    const after = sql`insert into scratch (a) values (2)`.execute(db.kysely).then(() => {
      second = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(second).toBe(false);
    held.open();
    await write;
    await after;
    expect(await count(db)).toBe(2);
  });

  it("in memory keeps one connection: a read waits for the open transaction", async () => {
    const db = await openDatabase({ dataDir: ":memory:" });
    opened.push(db);
    await sql`create table scratch (a integer)`.execute(db.kysely);
    const held = gate();
    const inside = gate();
    const write = db.kysely.transaction().execute(async (trx) => {
      await sql`insert into scratch (a) values (1)`.execute(trx);
      inside.open();
      await held.wait;
    });
    await inside.wait;
    let read: number | null = null;
    const reading = count(db).then((n) => {
      read = n;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(read).toBeNull();
    held.open();
    await write;
    await reading;
    expect(read).toBe(1);
  });

  it("a statement that writes goes to the writer even when it starts like a read; a reopened database finds it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "spotter-driver-"));
    dirs.push(dir);
    const db = await open(dir);
    await sql`insert into scratch (a) values (7)`.execute(db.kysely);
    // A statement that writes never reaches the reader, even when it starts like a read.
    await sql`with x as (select 8 as a) insert into scratch (a) select a from x`.execute(db.kysely);
    expect(await count(db)).toBe(2);
    await db.close();
    opened.splice(opened.indexOf(db), 1);
    const again = await openDatabase({ dataDir: dir, backupBeforeMigrate: false });
    opened.push(again);
    expect(await count(again)).toBe(2);
  });
});
