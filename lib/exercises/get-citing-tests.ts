import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import type { CitedKind, CitingTest } from "@/lib/exercises/citing-words";
import { testsCiting } from "@/lib/exercises/tests-citing";

/** The tests that name a scenario or function, for its page: they stop its deletion (docs/decisions/0042). */
export async function getCitingTests({ actor, planId, kind, id }: { actor: Actor; planId: string; kind: CitedKind; id: string }): Promise<CitingTest[]> {
  authorize(actor, "plan:read");
  return testsCiting(db, actor, { planId, kind, id });
}
