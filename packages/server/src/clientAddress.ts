/**
 * The client's address for rate limits. It is the socket's peer address; `X-Forwarded-For` is believed only when the
 * peer is a configured proxy (`--trust-proxy` / `SPOTTER_TRUST_PROXY`), and then only as far as trusted proxies
 * vouch for it: the right-most hop that is not a trusted proxy is the client. A client-sent header alone never
 * changes the address, so a fresh header per request does not buy fresh tries.
 */
import { BlockList, isIP } from "node:net";
import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context } from "hono";

/** The proxies whose `X-Forwarded-For` is believed. */
export interface TrustedProxies {
  /** True when `address` (a normalized IP) is one of the trusted proxies. */
  has(address: string): boolean;
  /** The configuration text it was made from. */
  readonly text: string;
}

/** A configuration text of trusted proxies Spotter cannot use; the message names the entry at fault. */
export class TrustProxyConfigError extends Error {}

/** Removes an IPv6 zone and the IPv4-mapped prefix, so `::ffff:10.0.0.1` and `10.0.0.1` are one address. */
export function normalizeAddress(address: string): string {
  const a = address.trim().replace(/%.*$/, "").toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(a);
  return mapped?.[1] ?? a;
}

/**
 * Reads `--trust-proxy`: comma-separated IP addresses and CIDR ranges (IPv4 or IPv6), e.g. `127.0.0.1,10.0.0.0/8`.
 * An absent or blank text trusts no proxy (null).
 */
export function parseTrustProxy(text: string | undefined): TrustedProxies | null {
  const trimmed = text?.trim() ?? "";
  if (trimmed === "") return null;
  const list = new BlockList();
  for (const raw of trimmed.split(",")) {
    const entry = raw.trim();
    if (entry === "") continue;
    const [addr = "", prefix, extra] = entry.split("/");
    const ip = normalizeAddress(addr);
    const family = isIP(ip);
    if (family === 0 || extra !== undefined) {
      throw new TrustProxyConfigError(
        `"${entry}" is not an IP address or CIDR range (for example 127.0.0.1, ::1 or 10.0.0.0/8).`,
      );
    }
    const type = family === 4 ? "ipv4" : "ipv6";
    if (prefix === undefined) {
      list.addAddress(ip, type);
      continue;
    }
    const bits = /^\d{1,3}$/.test(prefix) ? Number(prefix) : -1;
    const max = family === 4 ? 32 : 128;
    if (bits < 0 || bits > max) {
      throw new TrustProxyConfigError(`"${entry}": the prefix length must be a number from 0 to ${max}.`);
    }
    list.addSubnet(ip, bits, type);
  }
  return {
    text: trimmed,
    has(address) {
      const family = isIP(address);
      return family !== 0 && list.check(address, family === 4 ? "ipv4" : "ipv6");
    },
  };
}

/** Expands an IPv6 address to its eight groups; null when it is not one. */
function ipv6Groups(address: string): string[] | null {
  if (isIP(address) !== 6) return null;
  let text = address;
  // An embedded IPv4 tail (e.g. 64:ff9b::1.2.3.4) becomes two groups.
  const v4 = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (v4) {
    const [a, b, c, d] = v4.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, v4.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = "", tail] = text.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const fill = tail === undefined ? [] : Array(8 - left.length - right.length).fill("0");
  return [...left, ...fill, ...right].map((g) => g.padStart(4, "0"));
}

/**
 * The key a client address is counted under: an IPv4 address as it is, an IPv6 address by its /64 network (one
 * household or phone gets a whole /64, so counting single IPv6 addresses would give each client billions of tries).
 */
export function addressKey(address: string): string {
  const groups = ipv6Groups(address);
  return groups ? `${groups.slice(0, 4).join(":")}::/64` : address;
}

function socketAddress(c: Context): string | null {
  try {
    const a = getConnInfo(c).remote.address;
    return a ? normalizeAddress(a) : null;
  } catch {
    // No socket: the app was called in-process (app.fetch in tests, `spotter demo`).
    return null;
  }
}

/** True when the socket peer is a trusted proxy, so its forwarded headers (X-Forwarded-Proto, -Host) are believed. */
export function fromTrustedProxy(c: Context, trusted: TrustedProxies | null | undefined): boolean {
  const address = socketAddress(c);
  return address !== null && trusted?.has(address) === true;
}

/**
 * The client's address: the socket peer, or, when that peer is a trusted proxy, the right-most `X-Forwarded-For`
 * hop that is not one (every hop to its right was added by a proxy we trust). "unknown" when there is no socket.
 */
export function clientAddress(c: Context, trusted: TrustedProxies | null | undefined): string {
  let address = socketAddress(c);
  if (address === null) return "unknown";
  if (!trusted?.has(address)) return address;
  const hops = (c.req.header("x-forwarded-for") ?? "")
    .split(",")
    .map((h) => h.trim())
    .filter((h) => h !== "");
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = normalizeAddress(hops[i] ?? "");
    // A trusted proxy wrote this hop; if it is not an address, count it as given rather than trust what lies left.
    if (isIP(hop) === 0) return hop.slice(0, 100);
    if (!trusted.has(hop)) return hop;
    address = hop;
  }
  return address;
}
