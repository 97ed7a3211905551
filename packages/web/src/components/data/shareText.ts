/** The share screen's words: link status, dates and ranges, from the list the server answers. */
import type { ShareLink } from "../../api/data.js";

/** How long a new link works, in days (the server takes 1 to 90). */
export const EXPIRY_CHOICES = [7, 14, 30, 90] as const;

/** The default expiry: two weeks covers a booked appointment without leaving a link open for months. */
export const DEFAULT_EXPIRY = 14;

/** A timestamp or day as a short date with the year ("4 Mar 2026"). */
export function dateText(isoOrDay: string): string {
  const d = new Date(/^\d{4}-\d{2}-\d{2}$/.test(isoOrDay) ? `${isoOrDay}T12:00:00Z` : isoOrDay);
  if (Number.isNaN(d.getTime())) return isoOrDay;
  const dayOnly = /^\d{4}-\d{2}-\d{2}$/.test(isoOrDay);
  return d.toLocaleDateString("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    ...(dayOnly ? { timeZone: "UTC" } : {}),
  });
}

/** The status as a word (the badge also has a shape, so it never reads by colour alone). */
export function statusWord(status: ShareLink["status"]): string {
  return status === "active" ? "Active" : status === "expired" ? "Expired" : "Revoked";
}

/** The link's name, or a plain stand-in when it has none. */
export function shareName(link: Pick<ShareLink, "label">): string {
  return link.label?.trim() ? link.label.trim() : "Link without a name";
}

/** When it was made and until when it works (or when it stopped). */
export function shareDates(link: ShareLink): string {
  const made = `Made ${dateText(link.createdAt)}`;
  if (link.status === "revoked") return `${made} · revoked ${dateText(link.revokedAt ?? link.expiresAt)}`;
  if (link.status === "expired") return `${made} · expired ${dateText(link.expiresAt)}`;
  return `${made} · works until ${dateText(link.expiresAt)}`;
}

/** Whether the professional has opened the link yet, how often and when last. */
export function openedText(link: Pick<ShareLink, "openedCount" | "lastOpenedAt">): string {
  const n = link.openedCount;
  if (n === 0 || !link.lastOpenedAt) return "Not opened yet";
  return `Opened ${n === 1 ? "once" : `${n} times`}, last on ${dateText(link.lastOpenedAt)}`;
}

/** The days a link's report covers. */
export function rangeText(from: string | null, to: string | null): string {
  if (from && to) return `Covers ${dateText(from)} to ${dateText(to)}`;
  if (from) return `Covers ${dateText(from)} onward`;
  if (to) return `Covers up to ${dateText(to)}`;
  return "Covers the 90 days before it is opened";
}

/** Active links first, then the newest. */
export function sortShares(list: ShareLink[]): ShareLink[] {
  const rank = (s: ShareLink) => (s.status === "active" ? 0 : 1);
  return [...list].sort((a, b) => rank(a) - rank(b) || (a.createdAt < b.createdAt ? 1 : -1));
}
