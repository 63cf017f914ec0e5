import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { seedDemo } from "@/prisma/seed";
import { DEMO_ORGS } from "@/prisma/demo-data";
import { exportFunctions } from "@/lib/bia/export-functions";
import { previewFunctionImport } from "@/lib/bia/import-functions";
import type { Actor } from "@/lib/auth/context";

describe("the demo's business impact analysis", () => {
  // Targets the committee set against the suggestion carry the reason the function's form asks
  // for, and no reason it would drop: so the demo's BIA goes out to a spreadsheet and comes back
  // unchanged, and a function of it can be saved without first being told to explain its RTO.
  it("imports its own export back as unchanged, in every plan of every demo organisation", async () => {
    await seedDemo(db);
    for (const demo of DEMO_ORGS) {
      const org = await db.organization.findUniqueOrThrow({ where: { slug: demo.slug } });
      const member = await db.membership.findFirstOrThrow({ where: { orgId: org.id, role: { in: ["committee", "admin"] } }, orderBy: { role: "desc" }, include: { user: true } });
      const actor: Actor = { userId: member.userId, email: member.user.email, name: member.user.name, orgId: org.id, orgName: org.name, orgMarking: "", role: member.role };
      for (const plan of await db.plan.findMany({ where: { orgId: org.id }, orderBy: { name: "asc" } })) {
        const rows = await db.businessFunction.count({ where: { planId: plan.id } });
        // A file of no functions is refused as such: a plan with none has nothing to round-trip.
        if (rows === 0) continue;
        const { csv } = await exportFunctions({ actor, input: { planId: plan.id } });
        const preview = await previewFunctionImport({ actor, input: { planId: plan.id }, file: new File([csv], "bia.csv", { type: "text/csv" }) }).catch(
          (error: { message: string; fieldErrors?: Record<string, string> }) => ({ refused: [error.message, ...Object.values(error.fieldErrors ?? {})] }),
        );
        expect({ plan: plan.name, preview }).toMatchObject({ plan: plan.name, preview: { rows, added: 0, updated: 0, unchanged: rows, changes: [] } });
      }
    }
  });
});
