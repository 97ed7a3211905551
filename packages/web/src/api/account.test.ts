import { afterEach, describe, expect, it, vi } from "vitest";
import { accountApi } from "./account.js";
import { setFetch } from "./client.js";
import { ApiError } from "./errors.js";

afterEach(() => setFetch((...a) => fetch(...a)));

/** A fetch stub answering `status` with `body` (204 has none). */
function stub(status: number, body?: unknown) {
  const f = vi.fn(async () => new Response(body === undefined ? null : JSON.stringify(body), { status }));
  setFetch(f);
  return f;
}

describe("account calls", () => {
  it("changes the password with {current, next} and accepts the 204", async () => {
    const f = stub(204);
    await expect(accountApi.changePassword("old pass", "new password")).resolves.toBeUndefined();
    const [url, init] = f.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe("/api/v1/auth/password");
    expect(init.method).toBe("POST");
    expect(JSON.parse(String(init.body))).toEqual({ current: "old pass", next: "new password" });
  });
  it("reports a wrong current password as a field error of `current`", async () => {
    stub(400, {
      error: {
        code: "VALIDATION_FAILED",
        message: "The current password is not right.",
        details: [{ path: "current", message: "does not match" }],
      },
    });
    const e = await accountApi.changePassword("wrong", "new password").catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ApiError);
    expect((e as ApiError).fieldErrors()).toEqual({ current: "does not match" });
  });
  it("makes, lists and revokes tokens", async () => {
    let f = stub(201, { id: "t1", name: "Laptop", token: "spt_secret" });
    expect(await accountApi.createToken("Laptop")).toEqual({ id: "t1", name: "Laptop", token: "spt_secret" });
    expect(JSON.parse(String((f.mock.calls[0] as unknown as [string, RequestInit])[1].body))).toEqual({
      name: "Laptop",
    });
    stub(200, [{ id: "t1", name: "Laptop", createdAt: "2026-03-04T10:00:00.000Z", lastUsedAt: null }]);
    expect((await accountApi.listTokens()).map((t) => t.id)).toEqual(["t1"]);
    f = stub(204);
    await accountApi.revokeToken("t/1");
    const [url, init] = f.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe("/api/v1/auth/tokens/t%2F1");
    expect(init.method).toBe("DELETE");
  });
  it("deletes the account with the password in the body", async () => {
    const f = stub(204);
    await accountApi.deleteAccount("my password");
    const [url, init] = f.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe("/api/v1/account");
    expect(init.method).toBe("DELETE");
    expect(JSON.parse(String(init.body))).toEqual({ password: "my password" });
  });
});
