/** Moves focus to a heading that just appeared and scrolls it to the top, clear of the tab bar at the bottom. */
export function reveal(el: HTMLElement | null): void {
  if (!el) return;
  // Plain focus() scrolls only until the heading is at the very bottom of the screen, under the tab bar.
  el.focus({ preventScroll: true });
  el.scrollIntoView({ block: "start" });
}
