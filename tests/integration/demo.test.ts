import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { seedDemo } from "@/prisma/seed";
import { DEMO_ORGS } from "@/prisma/demo-data";
import { exportFunctions } from "@/lib/bia/export-functions";
import { previewFunctionImport } from "@/lib/bia/import-functions";
import type { Actor } from "@/lib/auth/context";
import { compareWithCurrent } from "@/lib/versions/compare-with-current";

// The demo is seeded once per integration run's database, by the first of these to run: they
// share one file so that two seedings never race for the same organisations.
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

describe("the demo's approved version 1", () => {
  // Version 1 was submitted in February; the tabletop (March) and the restore simulation
  // (September) were held after it, so an auditor reading the version must not find them in it,
  // and an executive asking what changed since must find them added.
  it("lists no test held after its submission, and the plan shows those tests as added since", async () => {
    await seedDemo(db);
    const plan = await db.plan.findFirstOrThrow({ where: { name: "Bristol operations", org: { slug: "harbour-lane-foods" } } });
    const version = await db.planVersion.findFirstOrThrow({ where: { planId: plan.id, number: 1 } });
    const snapshot = version.snapshot as { tests: { exercises: { title: string; conductedOn: string }[]; findings: { description: string }[] } };
    const later = snapshot.tests.exercises.filter((e) => new Date(e.conductedOn) > version.submittedAt!);
    expect(later.map((e) => e.title)).toEqual([]);
    expect(snapshot.tests.findings.map((f) => f.description)).toEqual([]);

    const member = await db.membership.findFirstOrThrow({ where: { orgId: plan.orgId, role: "executive" }, include: { user: true, org: true } });
    const actor: Actor = { userId: member.userId, email: member.user.email, name: member.user.name, orgId: plan.orgId, orgName: member.org.name, orgMarking: "", role: member.role };
    const { changes } = await compareWithCurrent({ actor, planId: plan.id, from: 1 });
    const tests = changes.find((c) => c.title === "Tests and exercises");
    expect(tests?.added.map((r) => r.label).sort()).toEqual(["Ransomware tabletop", "SQL01 and FILE01 restore simulation"]);
  });
});
