import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { SHORT_MONTHS } from "@/lib/days";
import { numberAffixes, SHOWN_DECIMALS, SHOWN_NUMBER, VERSION_PREFIX } from "@/lib/inventories/fields";
import type { RegisterDef } from "@/lib/inventories/registers";
import { likeContaining } from "@/lib/lists/like";

const ISO_DAY = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
// A comma before each run of three whole digits that ends at the decimal point or the end.
const THOUSANDS = "([0-9])(?=([0-9]{3})+([.]|$))";

/**
 * The search of a register's list (blank: none), to AND onto its WHERE: the label, any field's
 * value as the list shows it (displayCell), or the name of a person the item names.
 *
 * The items' values are JSON in the stored form: dates as "2028-04-30", yes/no as true/false. The
 * list shows "30 Apr 2028" and "Yes", so a search for what the user reads must match that. Rather
 * than read the whole register to format it here, Postgres rebuilds the shown text per field type
 * in the same query, which stays scoped to the organisation and paged by the caller: a date from
 * its digits and formatDay's own month words (SHORT_MONTHS, so September is "Sept" in both), a
 * yes/no as Yes or No, a number in a field with a unit as displayCell writes it (rounded to
 * SHOWN_DECIMALS, grouped in thousands, with numberAffixes' £ or unit: "£750,000", "1,234.5 TB"),
 * a plan version's number as "Version 3" (text kept from before it held one, as typed). A date
 * or such a number still matches as stored ("2028-04-30", "750000"), which costs nothing;
 * true and false, which the list never shows, no longer match. A person field holds the person's id: it is
 * searched by the person's name, never by the id's characters, or "7" would find nearly every row
 * that names someone.
 */
export function itemSearch(register: RegisterDef, q: string): Prisma.Sql {
  if (!q) return Prisma.empty;
  const pattern = likeContaining(q);
  const keysOf = (type: string) => register.fields.filter((f) => f.type === type).map((f) => f.key);
  const personKeys = keysOf("person");
  const booleanKeys = keysOf("boolean");
  const dateKeys = keysOf("date");
  const versionKeys = keysOf("version");
  const unitNumbers = register.fields.filter((f) => (f.type === "number" || f.type === "integer") && f.unit);
  // substr on the checked digits, not a cast: a malformed date reads NULL here instead of failing the query.
  const shownDay = Prisma.sql`ltrim(substr(e.value, 9, 2), '0') || ' ' || (${[...SHORT_MONTHS]}::text[])[substr(e.value, 6, 2)::int] || ' ' || substr(e.value, 1, 4)`;
  // Rounded as toLocaleString rounds (half away from zero, on the decimal digits), then the
  // trailing zeros of round's fixed decimals and a bare point dropped ("7.500" is "7.5", "100.000" is "100").
  const shownNumber = Prisma.sql`regexp_replace(rtrim(rtrim(round(e.value::numeric, ${SHOWN_DECIMALS}::int)::text, '0'), '.'), ${THOUSANDS}, ${"\\1,"}, 'g')`;
  const numberArms = unitNumbers.map((field) => {
    const { before, after } = numberAffixes(field);
    return Prisma.sql`WHEN e.key = ${field.key} AND e.value ~ ${SHOWN_NUMBER.source} THEN ${before}::text || ${shownNumber} || ${after}::text`;
  });
  const storedKeys = [...dateKeys, ...unitNumbers.map((f) => f.key)];
  const shown = Prisma.sql`CASE
      WHEN e.key = ANY(${booleanKeys}::text[]) THEN (CASE e.value WHEN 'true' THEN 'Yes' WHEN 'false' THEN 'No' ELSE e.value END)
      WHEN e.key = ANY(${dateKeys}::text[]) AND e.value ~ ${ISO_DAY} THEN ${shownDay}
      WHEN e.key = ANY(${versionKeys}::text[]) AND jsonb_typeof(i.data->e.key) = 'number' THEN ${VERSION_PREFIX}::text || e.value
      ${numberArms.length ? Prisma.join(numberArms, " ") : Prisma.empty}
      ELSE e.value END`;
  return Prisma.sql`AND (i.label ILIKE ${pattern}
    OR EXISTS (SELECT 1 FROM jsonb_each_text(i.data) e WHERE e.key <> ALL(${personKeys}::text[])
      AND (${shown} ILIKE ${pattern} OR (e.key = ANY(${storedKeys}::text[]) AND e.value ILIKE ${pattern})))
    OR EXISTS (SELECT 1 FROM jsonb_each_text(i.data) e JOIN "Person" p ON p.id = e.value AND p."orgId" = i."orgId" WHERE e.key = ANY(${personKeys}::text[]) AND p.name ILIKE ${pattern}))`;
}
