import type { FailedField } from "@/lib/forms/error-summary";

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

const NOT_FIELDS = new Set(["hidden", "submit", "button", "reset", "image"]);

/** A control the user fills in: not a hidden value, not a button, not an unnamed filter box. */
function isField(element: Element): element is Control {
  if (element instanceof HTMLInputElement) return element.name !== "" && !NOT_FIELDS.has(element.type);
  return (element instanceof HTMLSelectElement || element instanceof HTMLTextAreaElement) && element.name !== "";
}

const textOf = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, " ").trim() ?? "";

const legendOf = (group: HTMLFieldSetElement | null | undefined) => textOf(group?.querySelector(":scope > legend"));

/** What a control is called: a box of a group by the group's legend, else its label or its ARIA name. */
function labelOf(control: Control): string {
  if (control instanceof HTMLInputElement && (control.type === "checkbox" || control.type === "radio")) {
    const legend = legendOf(control.closest("fieldset"));
    if (legend) return legend;
  }
  const labelledBy = control.getAttribute("aria-labelledby");
  if (labelledBy) return labelledBy.split(/\s+/).map((id) => textOf(document.getElementById(id))).join(" ");
  return textOf(control.labels?.[0]) || control.getAttribute("aria-label") || control.name;
}

type Found = { at: Element; field: FailedField };

/**
 * Where the form shows a refused field whose name is not its control's (a message shown under
 * another control, or under a group with nothing to tick yet): the element with its message, and
 * the control it describes, if any.
 */
function shownElsewhere(form: HTMLFormElement, controls: Control[], message: string): Found | null {
  const shown = Array.from(form.querySelectorAll('[id$="-error"]')).find((element) => textOf(element) === message.trim());
  if (!shown) return null;
  const control = controls.find((c) => (c.getAttribute("aria-describedby") ?? "").split(/\s+/).includes(shown.id));
  if (control) return { at: control, field: { id: control.id || null, label: labelOf(control), message } };
  const group = shown.closest("fieldset");
  const first = group ? Array.from(group.elements).find(isField) : undefined;
  return { at: shown, field: { id: first?.id || null, label: legendOf(group), message } };
}

/**
 * The refused fields of a form as it shows them, in its order: each one's control (found by its
 * name), label and message. Errors the form shows nowhere (a list of its own, the refusal's
 * message) are left out. `soleField`: the form has one field to fill in (an upload).
 */
export function failedFields(form: HTMLFormElement, fieldErrors: Record<string, string>): { fields: FailedField[]; soleField: boolean } {
  const controls = Array.from(form.elements).filter(isField);
  const found = Object.entries(fieldErrors).flatMap(([name, message]): Found[] => {
    const control = controls.find((c) => c.name === name);
    if (control) return [{ at: control, field: { id: control.id || null, label: labelOf(control), message } }];
    const elsewhere = shownElsewhere(form, controls, message);
    return elsewhere ? [elsewhere] : [];
  });
  found.sort((a, b) => (a.at.compareDocumentPosition(b.at) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  return { fields: found.map(({ field }) => field), soleField: new Set(controls.map((c) => c.name)).size === 1 };
}
