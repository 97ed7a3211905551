/** Password hashing (Argon2id) and random secrets stored only as SHA-256 hashes. */
import { createHash, randomBytes } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";

// OWASP's Argon2id baseline: 19 MiB memory, 2 iterations, 1 lane. Algorithm 2 = Argon2id.
const ARGON = { memoryCost: 19_456, timeCost: 2, parallelism: 1, algorithm: 2 } as const;

/** An Argon2id hash of a password. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON);
}

/** True when the password matches the hash. */
export async function verifyPassword(hashed: string, password: string): Promise<boolean> {
  try {
    return await verify(hashed, password);
  } catch {
    return false;
  }
}

/** A new random secret, URL-safe, with a readable prefix. */
export function newSecret(prefix: string): string {
  return `${prefix}${randomBytes(32).toString("base64url")}`;
}

/** The stored form of a secret. */
export function secretHash(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

// A fixed hash to verify against when the email is unknown, so a failed login takes the same time either way.
let dummyHash: Promise<string> | undefined;
/** A hash that no password matches, for timing-safe failed logins. */
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(16).toString("hex"));
  return dummyHash;
}
