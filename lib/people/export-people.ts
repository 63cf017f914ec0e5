import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { CSV_BOM } from "@/lib/csv/write-csv";
import { peopleToCsv } from "@/lib/people/people-csv";

/**
 * The organisation's People register as a CSV download: UTF-8 with a BOM (so spreadsheets read
 * accents correctly), one row per person in name order, each with the person's id and version so
 * the file can be edited and imported back over the same people (docs/decisions/0048). Audited:
 * the file, contact details and all, leaves the app.
 */
export async function exportPeople({ actor, now = new Date() }: { actor: Actor; now?: Date }) {
  authorize(actor, "plan:export");
  return db.$transaction(async (tx) => {
    const people = await tx.person.findMany({
      where: { orgId: actor.orgId },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      include: { department: { select: { name: true } } },
    });
    const csv = CSV_BOM + peopleToCsv(people.map(({ department, ...person }) => ({ ...person, department: department?.name ?? "" })));
    await recordAudit(tx, { actor, action: "people.exported", entityType: "organization", entityId: actor.orgId, planId: null, after: { rows: people.length } });
    return { filename: `people-${now.toISOString().slice(0, 10)}.csv`, csv };
  });
}

/** The export with no rows: the columns an import reads, for a register typed up in a spreadsheet. Nothing leaves, so nothing is audited. */
export function peopleTemplate({ actor }: { actor: Actor }) {
  authorize(actor, "plan:edit");
  return { filename: "people-template.csv", csv: CSV_BOM + peopleToCsv([]) };
}
