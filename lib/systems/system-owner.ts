import "server-only";
import type { Tx } from "@/lib/db/client";
import { invalid } from "@/lib/errors";
import { KEEP_OWNER_TEXT } from "@/lib/systems/schemas";

export type OwnerColumns = { ownerPersonId: string | null; ownerText: string };

/**
 * The owner columns a save writes for the form's owner choice: a person of the organisation's
 * register (an id from the client is checked, as for every owner), nobody, or, on the edit of a
 * system whose owner was typed while owners were free text, that text as it is. Picking a person
 * or nobody clears the text for good.
 */
export async function ownerColumns(tx: Tx, { orgId, choice, ownerText = "" }: { orgId: string; choice: string; ownerText?: string }): Promise<OwnerColumns> {
  if (choice === "") return { ownerPersonId: null, ownerText: "" };
  if (choice === KEEP_OWNER_TEXT && ownerText) return { ownerPersonId: null, ownerText };
  const found = await tx.person.count({ where: { id: choice, orgId } });
  if (!found) throw invalid("ownerPersonId", "Owner: choose a person from the People register.");
  return { ownerPersonId: choice, ownerText: "" };
}
