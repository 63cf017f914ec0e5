import { durationUnitOf, fieldHint, type FieldDef } from "@/lib/inventories/fields";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";

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

/** The form control of one register field, chosen by its type. */
export function FieldControl({
  field,
  value,
  error,
  people,
}: {
  field: FieldDef;
  value: string;
  error?: string;
  people: { id: string; name: string }[];
}) {
  const label = field.required ? field.label : `${field.label} (optional)`;
  const hint = fieldHint(field);
  const common = { name: field.key, label, error, hint, defaultValue: value };
  switch (field.type) {
    case "longtext":
      return <TextAreaField {...common} rows={3} maxLength={2000} />;
    case "select":
      return <SelectField {...common} options={[{ value: "", label: "—" }, ...(field.options ?? []).map((o) => ({ value: o, label: o }))]} />;
    case "person":
      return <SelectField {...common} options={[{ value: "", label: "—" }, ...people.map((p) => ({ value: p.id, label: p.name }))]} />;
    case "boolean":
      return (
        <div className="flex items-center gap-2 pt-6">
          <input
            id={field.key}
            type="checkbox"
            name={field.key}
            value="yes"
            defaultChecked={value === "yes"}
            className="h-4 w-4 rounded border-slate-300"
          />
          <label htmlFor={field.key} className="text-sm font-medium text-slate-800">
            {field.label}
          </label>
        </div>
      );
    default: {
      const inputMode = durationUnitOf(field) ? undefined : INPUT_MODES[field.type];
      return <TextField {...common} type={INPUT_TYPES[field.type] ?? "text"} inputMode={inputMode} maxLength={INPUT_MODES[field.type] ? undefined : 200} />;
    }
  }
}
