import type { FieldDef } from "@/lib/inventories/fields";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";

const INPUT_TYPES: Partial<Record<FieldDef["type"], string>> = {
  phone: "tel",
  email: "email",
  date: "date",
  number: "number",
  integer: "number",
};

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
  const hint = [field.help, field.unit && field.type !== "boolean" ? `In ${field.unit}.` : null].filter(Boolean).join(" ") || undefined;
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
    default:
      return (
        <TextField
          {...common}
          type={INPUT_TYPES[field.type] ?? "text"}
          step={field.type === "number" ? "any" : undefined}
          min={field.type === "number" || field.type === "integer" ? 0 : undefined}
          maxLength={field.type === "number" || field.type === "integer" ? undefined : 200}
        />
      );
  }
}
