import { AppError } from "@/lib/errors";
import type { OrgExport } from "@/lib/exports/format";
import type { OrgTable } from "@/lib/exports/org-tables";

const refuse = (message: string) => new AppError("VALIDATION", `${message} Nothing was imported.`, { file: `${message} Nothing was imported.` });

/**
 * An import writes the file's rows as they are, ids included, so the file must not be trusted to
 * hold only what an export would: a hand-made file could add a membership to another
 * organisation, or link its rows to another organisation's. Refused unless the file is
 * self-contained: one organisation, every row with an `orgId` belongs to it, every user is one of
 * its members (each with an address of its own, checkUserEmails), and every reference points at a row of the same file (so rows without an `orgId`,
 * such as join tables, belong to it too). Every reference of the schema is a single column to an
 * `id` (Prisma's), read from Postgres' catalog.
 */
/**
 * A user's e-mail as the app stores it and sign-in looks it up (emailSchema): trimmed and
 * lower-cased. A hand-made file's capitals or spaces would otherwise give an account no one can
 * sign in to, or a second account for an address that already has one.
 */
export const importedEmail = (value: unknown) => (typeof value === "string" ? value.trim().toLowerCase() : value);

/** Two users of the file with one address once it is stored as sign-in reads it. */
function checkUserEmails(users: Record<string, unknown>[]): void {
  const firstRow = new Map<unknown, number>();
  users.forEach((row, index) => {
    const email = importedEmail(row.email);
    const first = firstRow.get(email);
    if (first !== undefined) {
      throw refuse(`The file's User rows ${first + 1} and ${index + 1} have the same e-mail address (email), “${String(email)}”, once capitals and spaces are set aside: an address signs in to one account only.`);
    }
    firstRow.set(email, index);
  });
}

export function checkOrgExport(data: OrgExport, known: Map<string, OrgTable>): void {
  const org = data.organization;
  const ids = new Map<string, Set<unknown>>();
  for (const table of data.tables) ids.set(table.name, new Set(table.rows.map((row) => row.id)));

  const organizations = data.tables.find((t) => t.name === "Organization")?.rows ?? [];
  if (organizations.length !== 1 || organizations[0].id !== org.id || organizations[0].slug !== org.slug) {
    throw refuse("The file must hold exactly the organisation it names.");
  }
  checkUserEmails(data.tables.find((t) => t.name === "User")?.rows ?? []);
  const members = new Set(data.tables.find((t) => t.name === "Membership")?.rows.map((row) => row.userId) ?? []);
  for (const table of data.tables) {
    const meta = known.get(table.name);
    if (!meta) throw new AppError("CONFLICT", `The export has a table ${table.name} this instance does not know.`);
    const ownedByOrg = meta.columns.includes("orgId");
    for (const row of table.rows) {
      if (ownedByOrg && row.orgId !== org.id) throw refuse(`The file's ${table.name} rows include rows of another organisation.`);
      if (table.name === "User" && !members.has(row.id)) throw refuse("The file's User rows include people who are not members of the organisation.");
      for (const { column, target } of meta.references) {
        const value = row[column];
        if (value !== null && value !== undefined && !ids.get(target)?.has(value)) {
          throw refuse(`The file's ${table.name} rows refer to ${target} rows that are not in the file.`);
        }
      }
    }
  }
}
