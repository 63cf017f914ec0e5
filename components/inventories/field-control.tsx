import { durationUnitOf, fieldHint, type FieldDef } from "@/lib/inventories/fields";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { versionChoiceLabel } from "@/lib/versions/status-words";

const INPUT_TYPES: Partial<Record<FieldDef["type"], string>> = {
  phone: "tel",
  email: "email",
  date: "date",
};

// Numbers are text fields with a numeric keyboard, not type="number": a browser sends an empty
// value for what it cannot parse ("1e"), which the server would take for a blank field, and drops
// the typed text after an error elsewhere. As text, the server sees it and says what is wrong.
// A duration (hours, days) takes a unit too ("2d"), so it keeps the text keyboard.
const INPUT_MODES: Partial<Record<FieldDef["type"], "decimal" | "numeric">> = { number: "decimal", integer: "numeric" };

const YES_NO = [
  { value: "", label: "—" },
  { value: "yes", label: "Yes" },
  { value: "no", label: "No" },
];

export type VersionChoice = { number: number; status: string };

/**
 * A version field's choices: the plan's versions, newest first, and the value it holds when that
 * is none of them (text kept from before the field held a version), so saving it again says why
 * it is refused instead of silently clearing it.
 */
function versionOptions(versions: readonly VersionChoice[], value: string) {
  const options = versions.map((v) => ({ value: String(v.number), label: versionChoiceLabel(v) }));
  const kept = value && !options.some((o) => o.value === value) ? [{ value, label: `${value} (not a version of this plan)` }] : [];
  return [{ value: "", label: "—" }, ...kept, ...options];
}

/** The form control of one register field, chosen by its type. */
export function FieldControl({
  field,
  value,
  error,
  people,
  versions,
}: {
  field: FieldDef;
  value: string;
  error?: string;
  people: { id: string; name: string }[];
  versions: readonly VersionChoice[];
}) {
  const label = field.required ? field.label : `${field.label} (optional)`;
  const hint = fieldHint(field);
  const common = { name: field.key, label, required: field.required, error, hint, defaultValue: value };
  switch (field.type) {
    case "longtext":
      return <TextAreaField {...common} rows={3} maxLength={2000} />;
    case "select":
      return <SelectField {...common} options={[{ value: "", label: "—" }, ...(field.options ?? []).map((o) => ({ value: o, label: o }))]} />;
    case "person":
      return <SelectField {...common} options={[{ value: "", label: "—" }, ...people.map((p) => ({ value: p.id, label: p.name }))]} />;
    case "version":
      return <SelectField {...common} options={versionOptions(versions, value)} />;
    // A choice rather than a checkbox: an unticked box reads as "no", and a yes/no nobody has
    // checked yet (a disk not known to be encrypted) must stay not known.
    case "boolean":
      return <SelectField {...common} options={YES_NO} />;
    default: {
      const inputMode = durationUnitOf(field) ? undefined : INPUT_MODES[field.type];
      return <TextField {...common} type={INPUT_TYPES[field.type] ?? "text"} inputMode={inputMode} maxLength={INPUT_MODES[field.type] ? undefined : 200} />;
    }
  }
}
