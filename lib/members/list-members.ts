import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { sortByName } from "@/lib/by-name";

/** The organisation's members by name (sortByName: not the database's collation order), then e-mail. */
export async function listMembers({ actor }: { actor: Actor }) {
  authorize(actor, "member:read");
  const members = await db.membership.findMany({
    where: { orgId: actor.orgId },
    orderBy: [{ user: { email: "asc" } }],
    select: { id: true, role: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
  });
  return sortByName(members, (member) => member.user.name);
}
