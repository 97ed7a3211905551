/**
 * The states of the shared counter a worker waits on after sending a part of an import (worker.ts, pool.ts): 0
 * while the part is being stored, then one of these.
 */

/** The main thread stored the part: the worker reads on. */
export const PART_STORED = 1;
/** The main thread failed to store a part: the worker stops the import. */
export const PART_STOP = 2;
