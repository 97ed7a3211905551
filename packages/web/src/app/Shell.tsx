/** The frame around every screen: a top line with the name and the notice link, and the tab bar (side bar on wide). */

import type { ReactNode } from "react";
import { Link, useLocation } from "wouter";
import { Icon } from "../components/Icon.js";
import { SyncStatus } from "../components/SyncStatus.js";
import { useScreenFocus } from "../lib/screenFocus.js";

const TABS = [
  { href: "/", label: "Today", match: ["/", "/checkin", "/session", "/history", "/daily"] },
  { href: "/plan", label: "Plan", match: ["/plan"] },
  { href: "/insights", label: "Insights", match: ["/insights"] },
  { href: "/library", label: "Library", match: ["/library", "/learn"] },
  { href: "/me", label: "Me", match: ["/me", "/about", "/welcome"] },
] as const;

/** Which tab a path belongs to. */
function isActive(path: string, match: readonly string[]): boolean {
  return match.some((m) => (m === "/" ? path === "/" : path === m || path.startsWith(`${m}/`)));
}

/** Simple line icons for the tabs (decorative: each tab has its word). */
function TabIcon({ name }: { name: string }) {
  switch (name) {
    case "Today":
      return (
        <Icon viewBox="0 0 24 24" strokeWidth={2}>
          <circle cx="12" cy="12" r="4" />
          <path d="M12 2v3M12 19v3M2 12h3M19 12h3M5 5l2 2M17 17l2 2M5 19l2-2M17 7l2-2" />
        </Icon>
      );
    case "Plan":
      return (
        <Icon viewBox="0 0 24 24" strokeWidth={2}>
          <rect x="3" y="5" width="18" height="16" rx="2" />
          <path d="M3 10h18M8 3v4M16 3v4" />
        </Icon>
      );
    case "Insights":
      return (
        <Icon viewBox="0 0 24 24" strokeWidth={2}>
          <path d="M3 20h18M6 16v-5M11 16V8M16 16v-3M21 16V5" />
        </Icon>
      );
    case "Library":
      return (
        <Icon viewBox="0 0 24 24" strokeWidth={2}>
          <path d="M4 4h5v16H4zM10 4h5v16h-5zM16 5l4 1-3 15-4-1" />
        </Icon>
      );
    default:
      return (
        <Icon viewBox="0 0 24 24" strokeWidth={2}>
          <circle cx="12" cy="8" r="4" />
          <path d="M4 21c1-4 4-6 8-6s7 2 8 6" />
        </Icon>
      );
  }
}

/** The shell; `bare` hides the tab bar (loading states). */
export function Shell({ children, bare }: { children: ReactNode; bare?: boolean }) {
  const [path] = useLocation();
  useScreenFocus(path);
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      {!bare && (
        <nav className="tabbar" aria-label="Main">
          {TABS.map((t) => (
            <Link key={t.href} href={t.href} aria-current={isActive(path, t.match) ? "page" : undefined}>
              <TabIcon name={t.label} />
              <span>{t.label}</span>
            </Link>
          ))}
        </nav>
      )}
      <main id="main" className={`shell-main${bare ? " bare" : ""}`}>
        <div className="shell-top">
          <Link href="/" className="brand">
            Spotter
          </Link>
          <Link href="/about" className="about-link">
            About Spotter
          </Link>
        </div>
        {!bare && <SyncStatus />}
        {children}
      </main>
    </div>
  );
}
