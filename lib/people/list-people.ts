import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { readPage } from "@/lib/lists/list-query";
import { containing } from "@/lib/lists/like";
import { peopleQuerySchema } from "@/lib/people/schemas";

/** One page of the organisation's people register, searched and sorted in the database. */
export async function listPeople({ actor, query }: { actor: Actor; query: unknown }) {
  authorize(actor, "plan:read");
  const list = peopleQuerySchema.parse(query);
  const contains = containing(list.q);
  const where = {
    orgId: actor.orgId,
    ...(list.q ? { OR: [{ name: contains }, { jobTitle: contains }, { email: contains }] } : {}),
  };
  const page = await readPage({
    query: list,
    read: async (window) => {
      const [rows, total] = await db.$transaction([
        db.person.findMany({
          where,
          orderBy: [{ [list.sort]: list.dir }, { id: "asc" }],
          ...window,
          include: { department: { select: { name: true } } },
        }),
        db.person.count({ where }),
      ]);
      return { rows, total };
    },
  });
  return { query: { ...list, page: page.page }, ...page };
}
