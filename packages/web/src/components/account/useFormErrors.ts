/**
 * The errors of an account form: each field's, and one for the form (a refusal that names no field). The form's own
 * check and the server's refusal show the same way, with the cursor put in the first field that has a problem.
 */
import { type RefObject, useState } from "react";
import { type FieldErrors, serverErrors } from "./accountText.js";
import { focusField } from "./focus.js";

/** `fields`: each field's error key and its control, in the order the form shows them. */
export function useFormErrors(fields: readonly (readonly [string, RefObject<HTMLElement | null>])[]) {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const focusFirst = (e: FieldErrors) => {
    const first = fields.find(([key]) => e[key]);
    if (first) focusField(first[1].current);
  };
  return {
    errors,
    formError,
    /** Shows the form's own check; true when it found nothing, so the form may send. */
    check(local: FieldErrors): boolean {
      setFormError(null);
      setErrors(local);
      if (Object.keys(local).length === 0) return true;
      focusFirst(local);
      return false;
    },
    /** Shows the server's refusal: its fields' errors beside them, the rest above the buttons. */
    refused(e: unknown): void {
      const { fields: byField, form } = serverErrors(e);
      setErrors(byField);
      setFormError(form);
      focusFirst(byField);
    },
    /** Clears every error (a success, or the form closed). */
    clear(): void {
      setErrors({});
      setFormError(null);
    },
  };
}
