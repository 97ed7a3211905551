/**
 * The shapes of the operator's routes (API.md "Added 2026-12", Operations): registration mode, account facts for the
 * admin (never training or health data), invites and password reset links.
 */
import { z } from "zod";
import { idAnswer, instantAnswer } from "./records.js";

/** Who may register (`--registration` / `SPOTTER_REGISTRATION`). */
export const REGISTRATION_MODES = ["open", "invite", "closed"] as const;
/** One registration mode. */
export type RegistrationMode = (typeof REGISTRATION_MODES)[number];

/** `GET /auth/registration`: whether the register screen needs an invite. */
export const registrationAnswer = z.object({
  mode: z.enum(REGISTRATION_MODES),
  /** False while no account exists (the first may always register) and in open mode. */
  inviteRequired: z.boolean(),
});

/** One account as the admin sees it: facts about the account only. */
export const accountAnswer = z.object({
  id: idAnswer,
  email: z.string(),
  role: z.enum(["admin", "user"]),
  createdAt: instantAnswer,
  lastActiveAt: instantAnswer.nullable(),
  disabled: z.boolean(),
  /** How many records the account holds (a count of rows, never their content). */
  records: z.number().int().min(0),
});

/** A link to hand over: an invite or a password reset. */
export const linkAnswer = z.object({ url: z.string().min(1), expiresAt: instantAnswer });

/** `POST /admin/invites`: the new invite with its link (shown once). */
export const newInviteAnswer = linkAnswer.extend({ id: idAnswer, email: z.string().nullable() });

/** An invite as listed (never its token). */
export const inviteAnswer = z.object({
  id: idAnswer,
  email: z.string().nullable(),
  createdAt: instantAnswer,
  expiresAt: instantAnswer,
  usedAt: instantAnswer.nullable(),
  status: z.enum(["open", "used", "expired"]),
});

/** Reads `--registration` / `SPOTTER_REGISTRATION`; absent or blank means `invite`. Throws a sentence naming the values. */
export function parseRegistrationMode(text: string | undefined): RegistrationMode {
  const value = (text ?? "").trim().toLowerCase() || "invite";
  if ((REGISTRATION_MODES as readonly string[]).includes(value)) return value as RegistrationMode;
  throw new Error(`"${text}" is not a registration mode; use open, invite or closed.`);
}
