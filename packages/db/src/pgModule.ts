/**
 * node-postgres, loaded on first use: a server on SQLite never reads it (some 5-8% of a start-up's module loading),
 * and the type parsers are set once, before any PostgreSQL connection exists.
 */
import type pgTypes from "pg";

let loaded: Promise<typeof pgTypes> | undefined;

/** The `pg` module, with int8 and numeric parsed as numbers. */
export function loadPg(): Promise<typeof pgTypes> {
  loaded ??= import("pg").then((m) => {
    const pg = m.default;
    // pg returns int8 (bigint, COUNT) as strings; every int8 here is an epoch-ms instant or a count, safe as a number.
    pg.types.setTypeParser(20, (v) => Number.parseInt(v, 10));
    // numeric (AVG) as a number too.
    pg.types.setTypeParser(1700, (v) => Number.parseFloat(v));
    return pg;
  });
  return loaded;
}
