import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { parseInput } from "@/lib/validation";
import { MAX_PAGE } from "@/lib/lists/list-query";

export const AUDIT_PAGE_SIZE = 50;

export const auditQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(MAX_PAGE).default(1),
  entityType: z.string().trim().max(50).optional(),
  q: z.string().trim().max(100).optional(),
});

export async function listAudit({ actor, query }: { actor: Actor; query: unknown }) {
  authorize(actor, "audit:read");
  const { page, entityType, q } = parseInput(auditQuerySchema, query);
  const where = {
    orgId: actor.orgId,
    ...(entityType ? { entityType } : {}),
    ...(q
      ? { OR: [{ action: { contains: q, mode: "insensitive" as const } }, { actorEmail: { contains: q, mode: "insensitive" as const } }] }
      : {}),
  };
  const [rows, total] = await db.$transaction([
    db.auditLog.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
    }),
    db.auditLog.count({ where }),
  ]);
  return { rows, total, page, pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)) };
}
