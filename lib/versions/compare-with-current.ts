import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { notFound } from "@/lib/errors";
import { buildSnapshot } from "@/lib/versions/build-snapshot";
import { toPlainJson } from "@/lib/versions/canonical-json";
import { diffSnapshots } from "@/lib/versions/diff";

/**
 * What changed in the plan since a version was frozen: the version's snapshot against the
 * snapshot the plan would get if it were submitted now, read under REPEATABLE READ so that it is
 * one moment's plan: under Postgres's default each read sees what committed before it, and a
 * system renamed mid-read came out renamed among the systems but not in the functions naming it.
 * "Changed since approval" says that something changed; this says what.
 */
export async function compareWithCurrent({ actor, planId, from }: { actor: Actor; planId: string; from: number }) {
  authorize(actor, "plan:read");
  return db.$transaction(
    async (tx) => {
      const version = await tx.planVersion.findFirst({ where: { orgId: actor.orgId, planId, number: from }, select: { number: true, snapshot: true, hash: true } });
      if (!version) throw notFound("The version");
      const current = toPlainJson(await buildSnapshot(tx, { orgId: actor.orgId, planId }));
      return { from: version, changes: diffSnapshots(version.snapshot, current) };
    },
    // A large plan's snapshot takes longer to read than Prisma's 5-second default allows a
    // transaction (submit-plan.ts, which reads the same snapshot, allows 30 s), and a busy pool
    // longer than its 2-second wait for a connection.
    { isolationLevel: "RepeatableRead", timeout: 30_000, maxWait: 10_000 },
  );
}
