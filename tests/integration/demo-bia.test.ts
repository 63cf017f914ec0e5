import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { seedDemo } from "@/prisma/seed";
import { DEMO_ORGS } from "@/prisma/demo-data";
import { exportFunctions } from "@/lib/bia/export-functions";
import { previewFunctionImport } from "@/lib/bia/import-functions";
import type { Actor } from "@/lib/auth/context";
import { compareWithCurrent } from "@/lib/versions/compare-with-current";
import { getVersionEvidence } from "@/lib/versions/get-version-evidence";
import { versionEvidence } from "@/lib/versions/version-evidence";
import { asReviewInputs } from "@/lib/reviews/review-inputs";
import { EXERCISE_RESULT_LABELS } from "@/lib/exercises/schemas";
import { dayValue } from "@/lib/days";

// The demo is seeded once per integration run's database, by the first of these to run: they share
// one file so that two seedings never race for the same organisations.

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
  // Version 1 was submitted in February. It holds the January backup check and its evidence, and
  // none of the tests held after it (the March tabletop and the September restore simulation): an
  // auditor reading the version finds only what had happened by then, and an executive asking what
  // changed since finds those two added.
  it("lists the test held before its submission with its evidence, none held after, and the plan shows the later tests as added since", async () => {
    await seedDemo(db);
    const plan = await db.plan.findFirstOrThrow({ where: { name: "Bristol operations", org: { slug: "harbour-lane-foods" } } });
    const version = await db.planVersion.findFirstOrThrow({ where: { planId: plan.id, number: 1 } });
    const snapshot = version.snapshot as { tests: { exercises: { title: string; conductedOn: string }[]; findings: { description: string }[] } };
    expect(snapshot.tests.exercises.map((e) => ({ title: e.title, before: new Date(e.conductedOn) < version.submittedAt! }))).toEqual([
      { title: "Nightly backup and file restore check", before: true },
    ]);
    expect(snapshot.tests.findings).toEqual([]);

    const auditor = await db.membership.findFirstOrThrow({ where: { orgId: plan.orgId, role: "auditor" }, include: { user: true, org: true } });
    const actor: Actor = { userId: auditor.userId, email: auditor.user.email, name: auditor.user.name, orgId: plan.orgId, orgName: auditor.org.name, orgMarking: "", role: auditor.role };
    const evidence = versionEvidence(version.snapshot);
    expect(evidence.map((e) => ({ fileName: e.fileName, testTitle: e.testTitle }))).toEqual([
      { fileName: "backup-check-2026-01-27.log", testTitle: "Nightly backup and file restore check" },
    ]);
    const file = await getVersionEvidence({ actor, input: { planId: plan.id, number: 1, attachmentId: evidence[0].id } });
    expect(Buffer.from(file.data).toString("utf8")).toContain("File-level restore finished: success");

    const { changes } = await compareWithCurrent({ actor, planId: plan.id, from: 1 });
    const tests = changes.find((c) => c.title === "Tests and exercises");
    expect(tests?.added.map((r) => r.label).sort()).toEqual(["Ransomware tabletop", "SQL01 and FILE01 restore simulation"]);
    expect(tests?.removed).toEqual([]);
    expect(tests?.changed).toEqual([]);
  });
});

describe("the demo's management review", () => {
  // Held on 15 Sept 2026: the inputs it froze are what the plan's own records said that day, so an
  // auditor holding them against the approval history, the tests and the findings finds them agree.
  it("froze the approval, the last test and the open findings the plan's records held on the day it was held", async () => {
    await seedDemo(db);
    const plan = await db.plan.findFirstOrThrow({ where: { name: "Bristol operations", org: { slug: "harbour-lane-foods" } } });
    const review = await db.managementReview.findFirstOrThrow({ where: { orgId: plan.orgId } });
    const heldOn = review.heldOn;
    const approved = await db.planVersion.findFirstOrThrow({ where: { planId: plan.id, status: "approved", decidedAt: { lte: heldOn } }, orderBy: { number: "desc" } });
    const tests = await db.exercise.findMany({ where: { planId: plan.id, conductedOn: { lte: heldOn } }, orderBy: { conductedOn: "desc" } });
    // A finding was open that day when its test had been held and it was not yet closed.
    const findings = await db.finding.findMany({ where: { planId: plan.id }, include: { exercise: true } });
    const openThen = findings.filter((f) => f.exercise && f.exercise.conductedOn <= heldOn && !(f.closedAt && f.closedAt <= heldOn));

    // Tests are part of the plan: one held between the approval and the review had changed it.
    const changed = tests.some((t) => t.conductedOn > approved.decidedAt!);

    const inputs = asReviewInputs(review.inputs);
    expect(inputs?.asOf).toBe(dayValue(heldOn));
    expect(inputs?.plans.find((p) => p.planId === plan.id)).toMatchObject({
      approval: {
        label: `${changed ? "Changed since approval" : "Approved"} v${approved.number}`,
        approvedVersion: approved.number,
        approvedOn: dayValue(approved.decidedAt),
        changedSinceApproval: changed,
      },
      testing: { lastTestedOn: dayValue(tests[0].conductedOn), lastResult: EXERCISE_RESULT_LABELS[tests[0].result] },
      findings: { open: openThen.length },
    });
  });

  // A review the app records lists every active plan: the demo's must too, or an auditor holding the
  // two side by side finds a plan missing. Both demo plans stood by then (Bristol's version 1,
  // approved in February, already leaves the cold store to its own plan), though the seed writes
  // every row on one day, so a plan's createdAt does not tell: a plan was active unless archived by then.
  it("covers every plan that was active on the day it was held, each with the approval and last test it had then", async () => {
    await seedDemo(db);
    const org = await db.organization.findUniqueOrThrow({ where: { slug: "harbour-lane-foods" } });
    const review = await db.managementReview.findFirstOrThrow({ where: { orgId: org.id } });
    const heldOn = review.heldOn;
    const plans = await db.plan.findMany({ where: { orgId: org.id, OR: [{ archivedAt: null }, { archivedAt: { gt: heldOn } }] }, orderBy: { name: "asc" } });
    expect(plans.map((p) => p.name)).toEqual(["Avonmouth cold store", "Bristol operations"]);

    const inputs = asReviewInputs(review.inputs);
    expect(inputs?.plans.map((p) => ({ planId: p.planId, name: p.name }))).toEqual(plans.map((p) => ({ planId: p.id, name: p.name })));
    for (const plan of plans) {
      const approved = await db.planVersion.findFirst({ where: { planId: plan.id, status: "approved", decidedAt: { lte: heldOn } }, orderBy: { number: "desc" } });
      const lastTest = await db.exercise.findFirst({ where: { planId: plan.id, conductedOn: { lte: heldOn } }, orderBy: { conductedOn: "desc" } });
      expect(inputs?.plans.find((p) => p.planId === plan.id)).toMatchObject({
        name: plan.name,
        approval: { approvedVersion: approved?.number ?? null },
        testing: { lastTestedOn: lastTest ? dayValue(lastTest.conductedOn) : null },
      });
    }
  });
});
