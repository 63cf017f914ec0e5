/**
 * What a refused form says above its submit button: the pure half of the error summary in
 * components/ui/form-message.tsx, which reads the fields' labels and ids from the form (safe to
 * import from client components).
 */

/** The server's one message for a refusal whose fields say what is wrong (lib/validation.ts, lib/errors.ts). */
export const FIELDS_NEED_ATTENTION = "Some fields need attention.";

/** A refused field as the form shows it: its control's id (null when it has none), its label and its message. */
export type FailedField = { id: string | null; label: string; message: string };

export type SummaryItem = { id: string | null; text: string };

/**
 * `message`: the refusal's own words, when they say more than the fields do ("Nothing was
 * imported."); `heading`: how many fields need attention, before `items`, one per field.
 */
export type ErrorSummary = { message: string | null; heading: string | null; items: SummaryItem[] };

/**
 * A label as the summary names its field: without the "(optional)" the form shows after it
 * ("Scope (optional)" → "Scope", "Size restored (GB, optional)" → "Size restored (GB)",
 * "Disaster instant (optional; required for ransomware)" → "Disaster instant").
 */
export function summaryLabel(label: string): string {
  return label
    .replace(/\s+/g, " ")
    .trim()
    .replace(/\s*\(optional\b[^)]*\)$/i, "")
    .replace(/,\s*optional\)$/i, ")");
}

/**
 * One field's line: "MTD — write a duration like 90min, 4h, 1d or 2w." A message that starts
 * with the field's label, as most do ("MTD: write…"), is not made to say it twice.
 */
export function summaryItemText(field: Pick<FailedField, "label" | "message">): string {
  const label = summaryLabel(field.label);
  const message = field.message.trim();
  if (!label) return message;
  const prefix = `${label.toLowerCase()}:`;
  const rest = message.toLowerCase().startsWith(prefix) ? message.slice(prefix.length).trim() : message;
  return `${label} — ${rest}`;
}

const fieldCount = (n: number) => (n === 1 ? "1 field needs attention:" : `${n} fields need attention:`);

/**
 * The summary of a refused form: each refused field the form shows, in the form's order, with a
 * link to it; the refusal's own message only when it is more than "some fields need attention"
 * and more than one field's message again. A form of one field (`soleField`: an upload) gets no
 * list: that field's message, where the focus goes, is the one place it is said. A refusal none of
 * whose fields the form shows keeps its message, whatever it says.
 */
export function errorSummary({ message, fields, soleField }: { message?: string; fields: readonly FailedField[]; soleField: boolean }): ErrorSummary {
  const repeated = fields.some((field) => field.message.trim() === message?.trim());
  const own = message && message !== FIELDS_NEED_ATTENTION && !repeated ? message : null;
  if (fields.length === 0) return { message: message ?? null, heading: null, items: [] };
  if (soleField) return { message: own, heading: null, items: [] };
  return { message: own, heading: fieldCount(fields.length), items: fields.map((field) => ({ id: field.id, text: summaryItemText(field) })) };
}
