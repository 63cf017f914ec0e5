/** The fields of a plan that the audit log records before and after a change. */
export function planSnapshot(plan: { name: string; description: string; status: string }) {
  return { name: plan.name, description: plan.description, status: plan.status };
}

/** Postgres' unique-violation, as Prisma reports it. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002";
}
