import { afterEach, describe, expect, it, vi } from "vitest";
import { api, isTrainingLocked, request, setFetch, setUnauthorizedHandler } from "./client.js";
import { ApiError, toApiError } from "./errors.js";

function answer(status: number, body?: unknown) {
  return vi.fn(async () => new Response(body === undefined ? null : JSON.stringify(body), { status }));
}

afterEach(() => {
  setUnauthorizedHandler(null);
  setFetch((...a) => fetch(...a));
});

describe("API client", () => {
  it("sends JSON to the base path and parses the answer", async () => {
    const f = answer(201, { checkin: { id: "c" } });
    setFetch(f);
    const r = await request("POST", "/checkins", { a: 1 });
    expect(r).toEqual({ checkin: { id: "c" } });
    const [url, init] = f.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe("/api/v1/checkins");
    expect(init.method).toBe("POST");
    expect(init.body).toBe('{"a":1}');
    expect((init.headers as Record<string, string>)["content-type"]).toBe("application/json");
  });

  it("maps the error shape to field errors", async () => {
    setFetch(
      answer(400, {
        error: {
          code: "VALIDATION_FAILED",
          message: "Bad input",
          details: [{ path: "password", message: "Too short" }],
        },
      }),
    );
    const e = await api.register("a@b.c", "x").catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ApiError);
    expect((e as ApiError).fieldErrors()).toEqual({ password: "Too short" });
    expect((e as ApiError).code).toBe("VALIDATION_FAILED");
  });

  it("a 401 outside the auth endpoints sends the user to login; a wrong password does not", async () => {
    const onAuth = vi.fn();
    setUnauthorizedHandler(onAuth);
    setFetch(answer(401, { error: { code: "UNAUTHENTICATED", message: "Log in" } }));
    await expect(api.getProfile()).rejects.toBeInstanceOf(ApiError);
    expect(onAuth).toHaveBeenCalledTimes(1);
    await expect(api.login("a@b.c", "wrongpass")).rejects.toBeInstanceOf(ApiError);
    expect(onAuth).toHaveBeenCalledTimes(1);
    // A lost session on the account screen's own calls (tokens, password) still leads to the login screen.
    await expect(api.logout()).rejects.toBeInstanceOf(ApiError);
    expect(onAuth).toHaveBeenCalledTimes(2);
  });

  it("a network failure becomes a calm status-0 error", async () => {
    setFetch(vi.fn(async () => Promise.reject(new TypeError("offline"))));
    const e = (await api.getProfile().catch((x: unknown) => x)) as ApiError;
    expect(e.status).toBe(0);
    expect(e.message).toMatch(/could not reach/);
  });

  it("keeps only the server's own error codes; any other code reads as its status", () => {
    expect(toApiError(401, { error: { code: "UNAUTHENTICATED", message: "x" } }).code).toBe("UNAUTHENTICATED");
    expect(toApiError(401, { error: { code: "UNAUTHORIZED", message: "x" } }).code).toBe("HTTP_401");
    expect(toApiError(502, "<html>").code).toBe("HTTP_502");
  });

  it("recognises the 423 training lock", () => {
    expect(isTrainingLocked(toApiError(423, { error: { code: "TRAINING_LOCKED", message: "x" } }))).toBe(true);
    expect(isTrainingLocked(toApiError(400, null))).toBe(false);
  });

  it("answers lists as the contract's bare arrays, and 204 as no body", async () => {
    setFetch(answer(200, [{ id: "x" }]));
    expect(await api.listSessions()).toEqual([{ id: "x" }]);
    setFetch(answer(200, [{ id: "y" }]));
    expect(await api.listExercises("q")).toEqual([{ id: "y" }]);
    setFetch(answer(204));
    expect(await api.logout()).toBeUndefined();
  });

  it.each([
    [404, "could not be found"],
    [429, "Too many tries"],
    [500, "Something went wrong"],
  ])("a %s without a message gets plain words", (status, words) => {
    expect(toApiError(status, "<html>").message).toContain(words);
  });
});
