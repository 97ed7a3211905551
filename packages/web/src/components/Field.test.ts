import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { SelectField, TextAreaField, TextField } from "./Field.js";

const html = (el: Parameters<typeof renderToStaticMarkup>[0]) => renderToStaticMarkup(el);

describe("shared fields", () => {
  it("a text field points its input at the hint and, when there is one, the error", () => {
    const ok = html(
      createElement(TextField, { id: "name", label: "Name", hint: "As you like.", value: "", readOnly: true }),
    );
    expect(ok).toContain('<label for="name">Name</label>');
    expect(ok).toContain('aria-describedby="name-hint"');
    expect(ok).not.toContain("aria-invalid");
    const bad = html(
      createElement(TextField, {
        id: "name",
        label: "Name",
        hint: "As you like.",
        error: "Enter a name.",
        alert: true,
      }),
    );
    expect(bad).toContain('aria-invalid="true"');
    expect(bad).toContain('aria-describedby="name-hint name-err"');
    expect(bad).toContain('<p class="field-error" id="name-err" role="alert">Enter a name.</p>');
  });

  it("a text area reads a counter between its hint and its error; a select gets the same wiring", () => {
    const area = html(
      createElement(TextAreaField, {
        id: "n",
        label: "Notes",
        hint: "Optional.",
        describedBy: "n-count",
        error: "Too long.",
      }),
    );
    expect(area).toContain('aria-describedby="n-hint n-count n-err"');
    expect(area).not.toContain('role="alert"');
    const select = html(
      createElement(SelectField, {
        id: "p",
        label: "Pattern",
        error: "Choose one.",
        value: "a",
        onChange: () => {},
        options: [{ value: "a", label: "A" }],
      }),
    );
    expect(select).toContain('<select id="p" aria-invalid="true" aria-describedby="p-err">');
  });
});
