/**
 * The SQLite driver for Kysely: one writer connection taken in turn, and a second connection that answers plain
 * reads at once. Kysely's own SQLite driver has one connection behind a mutex, so every query of every request waited
 * for any transaction in progress (a group commit of 64 writes, a restore in chunks), and each release woke every
 * waiter at once to race for it again: under 200 users logging sets, requests queued behind each other's writes and
 * the unlucky ones waited seconds. Here:
 * - a SELECT outside a transaction (and outside a connection that has written) runs on the reader. In WAL mode it
 *   sees the last committed state, exactly what it saw before, when it ran between transactions; it never sees a
 *   write that is not committed, and never waits for one;
 * - everything else (writes, transactions, PRAGMA, DDL) takes the writer, in arrival order (a FIFO lock), and keeps it
 *   until the connection is released, as before;
 * - an in-memory database has no second connection: every query takes the writer, as before.
 * The reader opens with `query_only`, so nothing it runs can change the file.
 */
import type BetterSqlite3 from "better-sqlite3";
import {
  CompiledQuery,
  type DatabaseConnection,
  type DatabaseIntrospector,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryCompiler,
  type QueryResult,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
} from "kysely";

/** A lock granted in the order asked for (Kysely's wakes every waiter on each release). */
export class FifoLock {
  #held = false;
  #waiting: (() => void)[] = [];

  /** Resolves once the caller holds the lock. */
  lock(): Promise<void> {
    if (!this.#held) {
      this.#held = true;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.#waiting.push(resolve));
  }

  /** Hands the lock to the next in line, or frees it. */
  unlock(): void {
    const next = this.#waiting.shift();
    if (next) next();
    else this.#held = false;
  }

  /** How many callers wait for the lock (tests read it). */
  get waiting(): number {
    return this.#waiting.length;
  }
}

const PLAIN_READ = /^\s*(select|with)\b/i;

function run(
  db: BetterSqlite3.Database,
  query: CompiledQuery,
  prepared?: BetterSqlite3.Statement,
): QueryResult<unknown> {
  const stmt = prepared ?? db.prepare(query.sql);
  const parameters = query.parameters as unknown[];
  if (stmt.reader) return { rows: stmt.all(parameters) };
  const { changes, lastInsertRowid } = stmt.run(parameters);
  return {
    numAffectedRows: changes !== undefined && changes !== null ? BigInt(changes) : undefined,
    insertId: lastInsertRowid !== undefined && lastInsertRowid !== null ? BigInt(lastInsertRowid) : undefined,
    rows: [],
  };
}

/** One acquisition of the database: reads go to the reader until it takes the writer, then everything does. */
class SplitConnection implements DatabaseConnection {
  holdsWriter = false;
  constructor(private readonly driver: SplitSqliteDriver) {}

  async takeWriter(): Promise<BetterSqlite3.Database> {
    if (!this.holdsWriter) {
      await this.driver.writerLock.lock();
      this.holdsWriter = true;
    }
    return this.driver.writer;
  }

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const reader = this.driver.reader;
    if (!this.holdsWriter && reader && PLAIN_READ.test(query.sql)) {
      const stmt = reader.prepare(query.sql);
      // A statement that could write (a CTE ending in an INSERT) is left to the writer.
      if (stmt.readonly) return run(reader, query, stmt) as QueryResult<R>;
    }
    return run(await this.takeWriter(), query) as QueryResult<R>;
  }

  // biome-ignore lint/correctness/useYield: streaming is not supported, as with Kysely's own driver for writes.
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error("streaming queries is not supported on SQLite here");
  }
}

/** The driver: a writer taken in turn, and a reader for plain reads once `useReader` was called. */
export class SplitSqliteDriver implements Driver {
  readonly writerLock = new FifoLock();
  reader: BetterSqlite3.Database | null = null;

  constructor(
    readonly writer: BetterSqlite3.Database,
    private readonly openReader: (() => BetterSqlite3.Database) | null,
  ) {}

  async init(): Promise<void> {}

  /** Starts answering plain reads from the second connection (after migrations, which run on the writer alone). */
  useReader(): void {
    if (this.reader || !this.openReader) return;
    const reader = this.openReader();
    reader.pragma("query_only = ON");
    this.reader = reader;
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    return new SplitConnection(this);
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    const writer = await (connection as SplitConnection).takeWriter();
    run(writer, CompiledQuery.raw("begin"));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("commit"));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("rollback"));
  }

  async savepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`savepoint "${name}"`));
  }

  async rollbackToSavepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`rollback to "${name}"`));
  }

  async releaseSavepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`release "${name}"`));
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    const c = connection as SplitConnection;
    if (!c.holdsWriter) return;
    c.holdsWriter = false;
    this.writerLock.unlock();
  }

  async destroy(): Promise<void> {
    this.reader?.close();
    this.writer.close();
  }
}

/** Kysely's SQLite dialect with the split driver. */
export class SplitSqliteDialect implements Dialect {
  readonly driver: SplitSqliteDriver;
  constructor(writer: BetterSqlite3.Database, openReader: (() => BetterSqlite3.Database) | null) {
    this.driver = new SplitSqliteDriver(writer, openReader);
  }
  createDriver(): Driver {
    return this.driver;
  }
  createQueryCompiler(): QueryCompiler {
    return new SqliteQueryCompiler();
  }
  createAdapter(): SqliteAdapter {
    return new SqliteAdapter();
  }
  // biome-ignore lint/suspicious/noExplicitAny: Kysely's introspector takes any database.
  createIntrospector(db: Kysely<any>): DatabaseIntrospector {
    return new SqliteIntrospector(db);
  }
}
