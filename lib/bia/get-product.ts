import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { notFound } from "@/lib/errors";
import { planRecordScope } from "@/lib/bia/scope";

/** One product or service of a plan, with its department and the functions behind it. */
export async function getProduct({ actor, planId, productId }: { actor: Actor; planId: string; productId: string }) {
  authorize(actor, "plan:read");
  const product = await db.product.findFirst({
    where: planRecordScope(actor, planId, productId),
    select: {
      id: true,
      name: true,
      description: true,
      version: true,
      department: { select: { id: true, name: true } },
      functions: { select: { id: true, name: true }, orderBy: { name: "asc" } },
    },
  });
  if (!product) throw notFound("The product");
  return product;
}
