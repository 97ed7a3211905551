/**
 * HTML made safe by construction: the `html` tag escapes every interpolated value unless it is already `Html`
 * (made by this tag or `trusted`), so a note or an exercise name can never open a tag in the report.
 */

/** A string of HTML that is safe to insert as is. */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** Marks a constant string written in this code base (never user data) as HTML. */
export function trusted(value: string): Html {
  return new Html(value);
}

/** A value the `html` tag accepts: text and numbers are escaped, Html passes, lists are joined, null is empty. */
export type HtmlValue = Html | string | number | null | undefined | readonly HtmlValue[];

function render(v: HtmlValue): string {
  if (v === null || v === undefined) return "";
  if (v instanceof Html) return v.value;
  if (Array.isArray(v)) return v.map(render).join("");
  return escapeHtml(String(v));
}

/** Template tag: HTML with every interpolation escaped. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): Html {
  let out = strings[0] ?? "";
  for (let i = 0; i < values.length; i++) out += render(values[i]) + (strings[i + 1] ?? "");
  return new Html(out);
}
