/**
 * Every new screen opens at its top, with focus on its heading (UX.md "Added 2026-12"): without this a screen opens
 * at the previous one's scroll position (the safety questions opened at their bottom), and a screen reader stays on
 * a link that no longer exists. A screen that moved focus itself (to its first field, say) keeps it.
 */
import { useEffect, useRef } from "react";

/** Scrolls to the top and moves focus on each change of `path` (not on the first render: the page just loaded). */
export function useScreenFocus(path: string, mainId = "main"): void {
  const first = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `path` is the trigger: each new screen runs this once
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    window.scrollTo({ top: 0, left: 0 });
    const main = document.getElementById(mainId);
    if (!main) return;
    let tries = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A screen that loads its data swaps its loading state for its content a moment later, which can take the
    // focused heading away: for a short while, put focus back on the screen's heading whenever it falls to the page.
    const place = () => {
      tries += 1;
      const active = document.activeElement;
      const lost = active === null || active === document.body;
      if (lost || !main.contains(active) || active === main) {
        const h1 = main.querySelector<HTMLElement>("h1");
        const target = h1 ?? (tries >= 10 ? main : null);
        if (target && active !== target) {
          if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
          target.focus({ preventScroll: true });
        }
      }
      if (tries < 15) timer = setTimeout(place, 100);
    };
    const raf = requestAnimationFrame(place);
    return () => {
      cancelAnimationFrame(raf);
      if (timer) clearTimeout(timer);
    };
  }, [path, mainId]);
}
