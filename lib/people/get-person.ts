import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { notFound } from "@/lib/errors";
import { personScope } from "@/lib/people/scope";
import { listPersonUses } from "@/lib/people/person-uses";

/** A person of the register, with every place the organisation's plans name them. */
export async function getPerson({ actor, personId }: { actor: Actor; personId: string }) {
  authorize(actor, "plan:read");
  const person = await db.person.findFirst({
    where: personScope(actor, personId),
    include: { department: { select: { name: true } } },
  });
  if (!person) throw notFound("The person");
  return { ...person, uses: await listPersonUses(db, actor, personId) };
}
