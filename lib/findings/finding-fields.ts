import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/context";
import { invalid } from "@/lib/errors";

/** The fields of a finding that the audit log records before and after a change. */
export function findingSnapshot(finding: {
  description: string;
  severity: string;
  ownerId?: string | null;
  dueOn?: Date | null;
  status: string;
  closedNote?: string;
  exerciseId?: string | null;
  incidentId?: string | null;
}) {
  return {
    description: finding.description,
    severity: finding.severity,
    ownerId: finding.ownerId ?? null,
    dueOn: finding.dueOn ? finding.dueOn.toISOString().slice(0, 10) : null,
    status: finding.status,
    closedNote: finding.closedNote ?? "",
    exerciseId: finding.exerciseId ?? null,
    incidentId: finding.incidentId ?? null,
  };
}

/** An owner chosen in the form must be a person of the actor's organisation. */
export async function checkOwner(tx: Tx, actor: Actor, ownerId: string): Promise<void> {
  if (!(await tx.person.count({ where: { id: ownerId, orgId: actor.orgId } }))) {
    throw invalid("ownerId", "Choose the owner from the people register.");
  }
}
