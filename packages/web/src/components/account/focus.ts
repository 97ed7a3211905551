/**
 * Puts the cursor in a field with a problem and brings the whole field (its label above, its message below) into
 * view: plain focus() scrolls only until the input itself shows, which can leave the label off the top edge.
 */
export function focusField(el: HTMLElement | null): void {
  if (!el) return;
  el.focus({ preventScroll: true });
  (el.closest(".field") ?? el).scrollIntoView({ block: "center" });
}
