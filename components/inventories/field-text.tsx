import { displayCell, type FieldDef, type FieldValue } from "@/lib/inventories/fields";
import { fieldHref } from "@/lib/inventories/field-links";
import { EmailAddress } from "@/components/ui/email-address";

/**
 * A register's value as lists and read-only views show it (displayCell), a phone field's number
 * as a tel: link and an e-mail field's address as a mailto: link, in every register alike.
 */
export function FieldText({ field, value, personName }: { field: FieldDef; value: FieldValue | undefined; personName: (id: string) => string }) {
  const text = displayCell(field, value, personName);
  const href = fieldHref(field, value);
  if (!href) return <>{text}</>;
  return field.type === "phone" ? (
    // On one line: a number split over two is easy to misread in a crisis.
    <a href={href} className="whitespace-nowrap tabular-nums text-blue-700 underline">
      {text}
    </a>
  ) : (
    <a href={href} className="text-blue-700 underline">
      <EmailAddress email={text} />
    </a>
  );
}
