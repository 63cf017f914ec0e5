import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { planRecords } from "@/lib/bia/scope";

/** A plan's products and services (a short list: a business has a handful), with function counts. */
export async function listProducts({ actor, planId }: { actor: Actor; planId: string }) {
  authorize(actor, "plan:read");
  return db.product.findMany({
    where: planRecords(actor, planId),
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      description: true,
      department: { select: { id: true, name: true } },
      _count: { select: { functions: true } },
    },
  });
}
