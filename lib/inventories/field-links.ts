/**
 * What a register's value links to when read, by its field's type: a phone field's number (or,
 * in the critical telephone numbers, short code) to tel:, an e-mail field's address to mailto:.
 * Text kept in such a field that is not a number or an address is not linked, nor is an internal
 * extension ("4021"), which no phone outside the building can dial. Pure; safe to import from
 * client components.
 */
import type { FieldDef, FieldValue } from "@/lib/inventories/fields";
import { telHref } from "@/lib/people/phone";
import { mailtoHref } from "@/lib/people/email";

export function fieldHref(field: Pick<FieldDef, "type" | "shortCode">, value: FieldValue | undefined): string | null {
  if (typeof value !== "string") return null;
  if (field.type === "phone") return telHref(value, { shortCode: field.shortCode });
  if (field.type === "email") return mailtoHref(value);
  return null;
}
