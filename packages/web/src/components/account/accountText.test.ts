import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ApiError } from "../../api/errors.js";
import {
  deleteErrors,
  passwordChangeErrors,
  serverErrors,
  sortTokens,
  tokenDates,
  tokenNameError,
} from "./accountText.js";

describe("change-password checks", () => {
  it("asks for the current password and a new one of at least 8 characters", () => {
    expect(passwordChangeErrors("", "short")).toEqual({
      current: "Enter your current password.",
      next: "The new password needs at least 8 characters.",
    });
    expect(passwordChangeErrors("old password", "12345678")).toEqual({});
  });
  it("turns down a new password that is the same as the current one, or longer than the server takes", () => {
    expect(passwordChangeErrors("same password", "same password").next).toMatch(/same as the current one/);
    expect(passwordChangeErrors("old", "x".repeat(201)).next).toMatch(/at most 200/);
  });
});

describe("token and delete checks", () => {
  it("needs a token name, trimmed, of at most 100 characters", () => {
    expect(tokenNameError("   ")).toMatch(/Give the token a name/);
    expect(tokenNameError("x".repeat(101))).toMatch(/at most 100/);
    expect(tokenNameError(" Laptop ")).toBeUndefined();
  });
  it("needs the password and the tick before deleting", () => {
    expect(Object.keys(deleteErrors("", false))).toEqual(["password", "confirm"]);
    expect(deleteErrors("pw", true)).toEqual({});
  });
});

describe("server answers", () => {
  it("puts a wrong current password next to its field, in a sentence naming it", () => {
    const e = new ApiError(400, "VALIDATION_FAILED", "The current password is not right.", [
      { path: "current", message: "does not match" },
    ]);
    expect(serverErrors(e)).toEqual({
      fields: { current: "The current password does not match the one you log in with." },
      form: null,
    });
  });
  it("names other fields by their label and keeps unknown problems for the form", () => {
    const next = new ApiError(400, "VALIDATION_FAILED", "x", [
      { path: "next", message: "must be at least 8 characters" },
    ]);
    expect(serverErrors(next).fields.next).toBe("New password: must be at least 8 characters.");
    const limited = new ApiError(
      429,
      "RATE_LIMITED",
      "Too many attempts. Please wait about 3 minute(s) and try again.",
    );
    expect(serverErrors(limited)).toEqual({ fields: {}, form: limited.message });
    expect(serverErrors(new Error("boom")).form).toMatch(/Something went wrong/);
  });
});

describe("token words", () => {
  // The dates are the browser's local days; pinned to one zone so the words hold whatever zone runs the tests.
  beforeAll(() => {
    vi.stubEnv("TZ", "UTC");
  });
  afterAll(() => {
    vi.unstubAllEnvs();
  });

  it("says when a token was made and whether it was used", () => {
    expect(tokenDates({ createdAt: "2026-03-04T10:00:00.000Z", lastUsedAt: null })).toBe(
      "Made 4 Mar 2026 · not used yet",
    );
    expect(tokenDates({ createdAt: "2026-03-04T10:00:00.000Z", lastUsedAt: "2026-03-06T08:00:00.000Z" })).toBe(
      "Made 4 Mar 2026 · last used 6 Mar 2026",
    );
  });
  it("lists the newest first", () => {
    const t = (id: string, createdAt: string) => ({ id, name: id, createdAt, lastUsedAt: null });
    expect(sortTokens([t("a", "2026-01-01T00:00:00Z"), t("b", "2026-02-01T00:00:00Z")]).map((x) => x.id)).toEqual([
      "b",
      "a",
    ]);
  });
});
