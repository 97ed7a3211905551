/**
 * Repeated client ids (API.md "Client ids"): a post whose client id was applied before answers the record as it is
 * now and changes nothing; once that record was deleted it answers 409, so a late retry never brings it back.
 */
import { type ClientIdKind, findClientId } from "@spotter/db";
import type { Deps } from "../context.js";
import { ApiError } from "../errors.js";

const WORDS: Record<ClientIdKind, string> = {
  checkin: "check-in",
  session: "session",
  set: "set",
  daily: "daily entry",
};

/** The 409 for a client id whose record was deleted. */
export function deletedRecord(kind: ClientIdKind): ApiError {
  return new ApiError(
    "CONFLICT",
    `The ${WORDS[kind]} sent with this clientId was deleted, so it is not recorded again. A new entry needs a new clientId.`,
  );
}

/**
 * The id of the record a client id was applied to, or undefined for a new client id. Throws 409 when that record
 * was deleted.
 */
export async function appliedRecordId(
  deps: Deps,
  userId: string,
  kind: ClientIdKind,
  clientId: string,
): Promise<string | undefined> {
  const applied = await findClientId(deps.db.kysely, userId, kind, clientId);
  if (!applied) return undefined;
  if (applied.deleted) throw deletedRecord(kind);
  return applied.recordId;
}
