import { afterEach, describe, expect, it, vi } from "vitest";
import { serveCommand } from "./serve.js";

describe("spotter serve: rate-limit and proxy settings", () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
  });

  it.each([
    [
      ["--rate-limits", "logn=5/15m"],
      /--rate-limits \/ SPOTTER_RATE_LIMITS: "logn=5\/15m": there is no limit called "logn"/,
    ],
    [["--rate-limits", "login=5/15x"], /the window must be a number followed by s, m, h or d/],
    [["--trust-proxy", "proxy.local"], /--trust-proxy \/ SPOTTER_TRUST_PROXY: "proxy.local" is not an IP address/],
    [
      ["--registration", "anyone"],
      /--registration \/ SPOTTER_REGISTRATION: "anyone" is not a registration mode; use open, invite or closed/,
    ],
    [["--log-level", "loud"], /--log-level \/ SPOTTER_LOG_LEVEL: "loud" is not a log level/],
  ])("%j stops the start with exit code 2 and a message naming the fault", async (args, message) => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    expect(await serveCommand(["--port", "0", "--data", ":memory:", ...args])).toBe(2);
    expect(errors.mock.calls.flat().join("\n")).toMatch(message);
  });

  it("reads SPOTTER_RATE_LIMITS and SPOTTER_TRUST_PROXY when the flags are absent", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    vi.stubEnv("SPOTTER_RATE_LIMITS", "register=lots");
    expect(await serveCommand(["--port", "0", "--data", ":memory:"])).toBe(2);
    vi.stubEnv("SPOTTER_RATE_LIMITS", "register=100/1h");
    vi.stubEnv("SPOTTER_TRUST_PROXY", "10.0.0.0/40");
    expect(await serveCommand(["--port", "0", "--data", ":memory:"])).toBe(2);
    expect(errors.mock.calls.flat().join("\n")).toMatch(/SPOTTER_RATE_LIMITS: "register=lots"[\s\S]*prefix length/);
  });

  it("reads SPOTTER_REGISTRATION when the flag is absent", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    vi.stubEnv("SPOTTER_REGISTRATION", "everyone");
    expect(await serveCommand(["--port", "0", "--data", ":memory:"])).toBe(2);
    expect(errors.mock.calls.flat().join("\n")).toMatch(/SPOTTER_REGISTRATION: "everyone"/);
  });

  it("SPOTTER_PUBLIC_URL must be an http or https address", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    vi.stubEnv("SPOTTER_PUBLIC_URL", "spotter.example");
    expect(await serveCommand(["--port", "0", "--data", ":memory:"])).toBe(2);
    expect(errors.mock.calls.flat().join("\n")).toMatch(/SPOTTER_PUBLIC_URL must be an http or https address/);
  });
});
