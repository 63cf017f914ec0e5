import "server-only";
import type { Tx } from "@/lib/db/client";
import { invalid } from "@/lib/errors";

/** People ids from the client must name people of the actor's organisation's register. */
export async function assertPeopleInOrg(tx: Tx, orgId: string, fields: Record<string, string | null>): Promise<void> {
  for (const [field, personId] of Object.entries(fields)) {
    if (!personId) continue;
    const found = await tx.person.count({ where: { id: personId, orgId } });
    if (!found) throw invalid(field, "Choose a person from the organisation's register.");
  }
}
