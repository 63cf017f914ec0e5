/**
 * What the app derives from a register's declaration: the zod schema of an item (shared by the
 * form and the server), its label and expiry date, the table columns and the sortable columns.
 * Safe to import from client components.
 */
import { z } from "zod";
import { crossFieldIssues, fieldMessage, formatCell, parseCell, type FieldDef, type FieldValue, type ItemData } from "@/lib/inventories/fields";
import type { RegisterDef } from "@/lib/inventories/registers";

function fieldSchema(field: FieldDef) {
  return z.unknown().optional().transform((raw, ctx): FieldValue => {
    const result = parseCell(field, raw);
    if (result.ok) return result.value;
    ctx.addIssue({ code: "custom", message: fieldMessage(field, result.message) });
    return z.NEVER;
  });
}

const schemas = new WeakMap<RegisterDef, z.ZodType<ItemData>>();

/**
 * The schema of one item of a register: text input per field (as a form or a CSV row sends it)
 * to typed values; errors are keyed by the field's key and start with its label.
 */
export function itemSchema(register: RegisterDef): z.ZodType<ItemData> {
  let schema = schemas.get(register);
  if (!schema) {
    const shape = Object.fromEntries(register.fields.map((field) => [field.key, fieldSchema(field)]));
    // zod skips an object's refinements once a field fails, which showed "acknowledged before
    // issued" only after every other error was fixed: the checks between fields run on every
    // parse, on the fields that did parse (a failed one counts as empty and gets no second message).
    schema = z.object(shape).superRefine(
      (data, ctx) => {
        const failed = new Set(ctx.issues.map((issue) => String(issue.path?.[0])));
        const parsed = Object.fromEntries(register.fields.map((f) => [f.key, failed.has(f.key) ? null : (data as ItemData)[f.key]]));
        for (const issue of crossFieldIssues(register.fields, parsed as ItemData)) {
          const field = register.fields.find((f) => f.key === issue.key)!;
          ctx.addIssue({ code: "custom", path: [issue.key], message: fieldMessage(field, issue.message) });
        }
      },
      { when: (payload) => typeof payload.value === "object" && payload.value !== null },
    ) as unknown as z.ZodType<ItemData>;
    schemas.set(register, schema);
  }
  return schema;
}

/** The item's name in lists: its label fields' values joined, people by name. */
export function labelOf(register: RegisterDef, data: ItemData, personName: (id: string) => string): string {
  const parts = register.labelFields.flatMap((key) => {
    const field = register.fields.find((f) => f.key === key);
    const value = data[key];
    if (!field || value === null || value === undefined || value === "") return [];
    return [field.type === "person" ? personName(String(value)) : String(value)];
  });
  return parts.join(" — ").slice(0, 300);
}

/** The item's expiry date (UTC midnight), for the registers that declare one. */
export function expiryOf(register: RegisterDef, data: ItemData): Date | null {
  if (!register.expiryField) return null;
  const value = data[register.expiryField];
  return typeof value === "string" ? new Date(`${value}T00:00:00Z`) : null;
}

/**
 * Whether two items hold the same value in every field of the register, compared as an export
 * writes them: a field stored before it was declared (missing) equals an empty one (for a yes/no
 * field, not known). An import leaves such an item untouched.
 */
export function sameData(register: RegisterDef, a: ItemData, b: ItemData): boolean {
  return register.fields.every((field) => formatCell(field, a[field.key]) === formatCell(field, b[field.key]));
}

/** The columns the register's table shows besides the label: short fields, at most five. */
export function tableFields(register: RegisterDef): FieldDef[] {
  const labelKeys = new Set(register.labelFields);
  return register.fields.filter((f) => f.type !== "longtext" && !labelKeys.has(f.key)).slice(0, 5);
}

export const FIXED_SORTS = ["label", "updated", "expiry"] as const;

/** Every column a register's list can be sorted by. */
export function sortKeys(register: RegisterDef): [string, ...string[]] {
  return [...FIXED_SORTS, ...register.fields.map((f) => f.key)];
}
