import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createPlan } from "@/lib/plans/create-plan";
import { saveSection } from "@/lib/sections/save-section";
import { listSections } from "@/lib/sections/list-sections";
import { sectionsCompleteness } from "@/lib/sections/sections-completeness";
import { failure, makeOrg } from "./factories";

describe("written plan sections", () => {
  it("lists all seven sections and saves each with its own version, audited", async () => {
    const { orgId, actors } = await makeOrg("Sec");
    const plan = await createPlan({ actor: actors.committee, input: { name: "Bristol" } });
    expect((await listSections({ actor: actors.auditor, planId: plan.id })).map((s) => [s.key, s.version])).toEqual([
      ["purpose", 0], ["scope", 0], ["assumptions", 0], ["concept_of_operations", 0], ["activation", 0], ["recovery_sequence", 0], ["reconstitution", 0],
    ]);
    await saveSection({ actor: actors.committee, input: { planId: plan.id, key: "purpose", body: "  Keep orders flowing.  ", version: 0 } });
    await saveSection({ actor: actors.admin, input: { planId: plan.id, key: "scope", body: "Bristol.", version: 0 } });
    expect((await failure(saveSection({ actor: actors.admin, input: { planId: plan.id, key: "purpose", body: "Other", version: 0 } }))).code).toBe("CONFLICT");
    await saveSection({ actor: actors.admin, input: { planId: plan.id, key: "purpose", body: "Keep orders and deliveries flowing.", version: 1 } });
    expect((await failure(saveSection({ actor: actors.committee, input: { planId: plan.id, key: "purpose", body: "Stale", version: 1 } }))).code).toBe("CONFLICT");
    const sections = await listSections({ actor: actors.executive, planId: plan.id });
    expect(sections[0]).toMatchObject({ key: "purpose", body: "Keep orders and deliveries flowing.", version: 2 });
    expect(sections[1]).toMatchObject({ key: "scope", body: "Bristol.", version: 1 });
    const audit = await db.auditLog.findMany({ where: { orgId, entityType: "plan_section" }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => (a.after as { body: string }).body)).toEqual(["Keep orders flowing.", "Bristol.", "Keep orders and deliveries flowing."]);
  });

  it("refuses unknown sections, read-only roles and other organisations", async () => {
    const { actors } = await makeOrg("Sec");
    const mine = await makeOrg("Mine");
    const plan = await createPlan({ actor: actors.committee, input: { name: "Bristol" } });
    expect((await failure(saveSection({ actor: actors.committee, input: { planId: plan.id, key: "appendix", body: "x", version: 0 } }))).fieldErrors).toEqual({ key: "Unknown section." });
    expect((await failure(saveSection({ actor: actors.auditor, input: { planId: plan.id, key: "scope", body: "x", version: 0 } }))).code).toBe("FORBIDDEN");
    expect((await failure(saveSection({ actor: mine.actors.admin, input: { planId: plan.id, key: "scope", body: "x", version: 0 } }))).code).toBe("NOT_FOUND");
    expect((await listSections({ actor: mine.actors.admin, planId: plan.id })).every((s) => s.version === 0)).toBe(true);
    expect(await db.planSection.count({ where: { planId: plan.id } })).toBe(0);
  });

  it("counts the written plan on the overview: the share of sections that say something, naming the rest", async () => {
    const { orgId, actors } = await makeOrg("Sec");
    const plan = await createPlan({ actor: actors.committee, input: { name: "Bristol" } });
    expect(await sectionsCompleteness({ orgId, planId: plan.id })).toEqual({ sections: 0 });
    await saveSection({ actor: actors.committee, input: { planId: plan.id, key: "purpose", body: "Keep orders flowing.", version: 0 } });
    await saveSection({ actor: actors.committee, input: { planId: plan.id, key: "scope", body: "Bristol.", version: 0 } });
    const report = await sectionsCompleteness({ orgId, planId: plan.id });
    expect(report.sections).toBeCloseTo((100 * 2) / 7);
    expect(report.todo).toEqual({ sections: ["Write the sections Assumptions, Concept of operations, Activation and notification, Recovery sequence, Reconstitution."] });
  });

  it("counts the Scope section as written when the plan has a scope, as the page and the PDF show it there", async () => {
    const { orgId, actors } = await makeOrg("Sec");
    const plan = await createPlan({ actor: actors.committee, input: { name: "Bristol", description: "The Bristol head office and warehouse." } });
    await saveSection({ actor: actors.committee, input: { planId: plan.id, key: "purpose", body: "Keep orders flowing.", version: 0 } });
    const report = await sectionsCompleteness({ orgId, planId: plan.id });
    expect(report.sections).toBeCloseTo((100 * 2) / 7);
    expect(report.todo).toEqual({ sections: ["Write the sections Assumptions, Concept of operations, Activation and notification, Recovery sequence, Reconstitution."] });
    // Another organisation's plan of the same id is not read: its scope counts for nothing here.
    expect((await sectionsCompleteness({ orgId: (await makeOrg("Other")).orgId, planId: plan.id })).sections).toBe(0);
  });
});
