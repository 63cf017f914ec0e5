import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/context";
import { orgNames, plainText, showFields, yesNo } from "@/lib/concurrency/show-fields";
import { LEADS_RESPONSE_LABEL } from "@/lib/committee/schemas";

type ErtRoleFields = { title: string; responsibilities: string; primaryId: string | null; alternateId: string | null; leadsResponse: boolean };

/** The fields of an ERT role that the audit log records before and after a change. */
export function ertRoleSnapshot(role: ErtRoleFields) {
  return { title: role.title, responsibilities: role.responsibilities, primaryId: role.primaryId, alternateId: role.alternateId, leadsResponse: role.leadsResponse };
}

/** An ERT role's audited fields as its form shows them, for a refused stale save: people by name, the checkbox ticked or not. */
export async function showErtRole(tx: Tx, actor: Pick<Actor, "orgId">) {
  const names = await orgNames(tx, actor, "person");
  const person = (value: unknown) => (typeof value === "string" && names.has(value) ? names.get(value)! : plainText(value));
  return showFields({
    title: { label: "Role" },
    responsibilities: { label: "Responsibilities" },
    primaryId: { label: "Primary", text: person },
    alternateId: { label: "Alternate", text: person },
    leadsResponse: { label: LEADS_RESPONSE_LABEL, text: yesNo },
  });
}

export const DUPLICATE_ERT_ROLE = "The response team already has a role with this title.";
