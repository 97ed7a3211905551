import { describe, expect, it } from "vitest";
import { addressKey, normalizeAddress, parseTrustProxy, TrustProxyConfigError } from "./clientAddress.js";
import {
  DEFAULT_RATE_LIMITS,
  formatRateLimits,
  LIMIT_NAMES,
  NO_RATE_LIMITS,
  parseRateLimits,
  parseWindow,
  RateLimitConfigError,
} from "./rateLimitConfig.js";

const MIN = 60_000;
const HOUR = 60 * MIN;

describe("SPOTTER_RATE_LIMITS parsing", () => {
  it.each([
    ["", {}],
    ["   ", {}],
    ["login=5/15m", { login: { count: 5, windowMs: 15 * MIN } }],
    [
      "register=100000/1h, share-open=20/30s",
      { register: { count: 100_000, windowMs: HOUR }, "share-open": { count: 20, windowMs: 30_000 } },
    ],
    ["import=off", { import: null }],
    ["login-account=1000/1d,", { "login-account": { count: 1000, windowMs: 24 * HOUR } }],
    ["password = 3 / 2h", { password: { count: 3, windowMs: 2 * HOUR } }],
  ])("%j replaces only the limits it names", (text, changed) => {
    expect(parseRateLimits(text)).toEqual({ ...DEFAULT_RATE_LIMITS, ...changed });
  });

  it("`off` turns every limit off", () => {
    expect(parseRateLimits("off")).toEqual(NO_RATE_LIMITS);
    expect(Object.values(parseRateLimits(" off ")).every((l) => l === null)).toBe(true);
  });

  it.each([
    ["logn=5/15m", /no limit called "logn"; the names are login, login-address/],
    ["login", /expected name=count\/window/],
    ["login=5", /expected login=count\/window/],
    ["login=five/15m", /expected login=count\/window/],
    ["login=-1/15m", /expected login=count\/window/],
    ["login=0/15m", /the count must be a whole number from 1/],
    ["login=5/15", /the window must be a number followed by s, m, h or d/],
    ["login=5/15x", /the window must be/],
    ["login=5/0m", /the window must be/],
    ["login=5/8d", /at most 7 days/],
    ["login=5/15m,login=6/15m", /"login" is given more than once/],
    ["off,login=5/15m", /cannot be combined/],
  ])("%j fails with a message naming the fault", (text, message) => {
    expect(() => parseRateLimits(text)).toThrow(RateLimitConfigError);
    expect(() => parseRateLimits(text)).toThrow(message);
  });

  it.each([
    ["30s", 30_000],
    ["15m", 15 * MIN],
    ["1h", HOUR],
    ["7d", 7 * 24 * HOUR],
    ["1w", null],
    ["m", null],
    ["1.5h", null],
  ])("window %j is %j ms", (text, ms) => {
    expect(parseWindow(text)).toBe(ms);
  });

  it("formats every limit so that parsing the text gives the same limits back", () => {
    const text = formatRateLimits(DEFAULT_RATE_LIMITS);
    expect(text).toBe(
      "login=10/15m,login-address=30/1h,login-account=100/1h,register=10/1h,password=10/15m,share=30/1h,share-open=100/1h,import=30/1h",
    );
    expect(parseRateLimits(text)).toEqual(DEFAULT_RATE_LIMITS);
    expect(parseRateLimits(formatRateLimits(NO_RATE_LIMITS))).toEqual(NO_RATE_LIMITS);
    expect(text.split(",").map((p) => p.split("=")[0])).toEqual([...LIMIT_NAMES]);
  });
});

describe("SPOTTER_TRUST_PROXY parsing", () => {
  it.each([
    ["127.0.0.1", ["127.0.0.1", "::ffff:127.0.0.1"], ["127.0.0.2", "10.0.0.1"]],
    ["10.0.0.0/8, ::1", ["10.1.2.3", "::1"], ["11.0.0.1", "::2"]],
    ["fd00::/8", ["fd12:3456::1"], ["fe80::1", "10.0.0.1"]],
    ["0.0.0.0/0", ["1.2.3.4", "203.0.113.9"], ["::1"]],
  ])("%j trusts %j and not %j", (text, yes, no) => {
    const t = parseTrustProxy(text);
    for (const a of yes) expect(t?.has(normalizeAddress(a)), a).toBe(true);
    for (const a of no) expect(t?.has(normalizeAddress(a)), a).toBe(false);
  });

  it("a blank text trusts no proxy", () => {
    expect(parseTrustProxy(undefined)).toBeNull();
    expect(parseTrustProxy("  ")).toBeNull();
  });

  it.each([
    ["localhost", /"localhost" is not an IP address or CIDR range/],
    ["10.0.0.0/33", /prefix length must be a number from 0 to 32/],
    ["::1/129", /from 0 to 128/],
    ["10.0.0.0/8/1", /is not an IP address/],
    ["10.0.0.0/x", /prefix length/],
  ])("%j fails with a message naming the entry", (text, message) => {
    expect(() => parseTrustProxy(text)).toThrow(TrustProxyConfigError);
    expect(() => parseTrustProxy(text)).toThrow(message);
  });
});

describe("the address a client is counted under", () => {
  it.each([
    ["203.0.113.9", "203.0.113.9"],
    ["2001:db8:1:2:3:4:5:6", "2001:0db8:0001:0002::/64"],
    ["2001:db8:1:2::ffff", "2001:0db8:0001:0002::/64"],
    ["2001:db8::", "2001:0db8:0000:0000::/64"],
    ["::1", "0000:0000:0000:0000::/64"],
    ["64:ff9b::1.2.3.4", "0064:ff9b:0000:0000::/64"],
    ["unknown", "unknown"],
  ])("%j counts as %j (IPv6 by its /64 network)", (address, key) => {
    expect(addressKey(address)).toBe(key);
  });

  it("normalizes IPv4-mapped IPv6 and zones", () => {
    expect(normalizeAddress("::FFFF:10.0.0.1")).toBe("10.0.0.1");
    expect(normalizeAddress("fe80::1%eth0")).toBe("fe80::1");
  });
});
