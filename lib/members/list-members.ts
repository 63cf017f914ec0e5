import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";

/** The organisation's members by name as a reader orders names (the column's collation, decision 88), then e-mail. */
export async function listMembers({ actor }: { actor: Actor }) {
  authorize(actor, "member:read");
  return db.membership.findMany({
    where: { orgId: actor.orgId },
    orderBy: [{ user: { name: "asc" } }, { user: { email: "asc" } }],
    select: { id: true, role: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
  });
}
