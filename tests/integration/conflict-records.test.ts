import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createPlan } from "@/lib/plans/create-plan";
import { saveSection } from "@/lib/sections/save-section";
import { createExercise } from "@/lib/exercises/create-exercise";
import { updateExercise } from "@/lib/exercises/update-exercise";
import { createFinding } from "@/lib/findings/create-finding";
import { updateFinding } from "@/lib/findings/update-finding";
import { closeFinding } from "@/lib/findings/close-finding";
import { createItem } from "@/lib/inventories/create-item";
import { updateItem } from "@/lib/inventories/update-item";
import { AppError } from "@/lib/errors";
import { makeOrg, refused } from "./factories";
import { untilWaitingOnLock } from "./interleave";

/** Two committee members editing one plan: Alex saves first, Priya's save started from before it. */
async function setup() {
  const org = await makeOrg("Records");
  const plan = await createPlan({ actor: org.actors.committee, input: { name: "Bristol" } });
  const row = { orgId: org.orgId, planId: plan.id };
  const [sql, file] = [await db.system.create({ data: { ...row, name: "SQL01" } }), await db.system.create({ data: { ...row, name: "FILE01" } })];
  const ransomware = await db.scenario.create({ data: { ...row, key: "ransomware", name: "Ransomware", kind: "ransomware" } });
  const orders = await db.businessFunction.create({ data: { ...row, name: "Order taking" } });
  const [priyaShah, alexMorgan, samLee] = [
    await db.person.create({ data: { orgId: org.orgId, name: "Priya Shah" } }),
    await db.person.create({ data: { orgId: org.orgId, name: "Alex Morgan" } }),
    await db.person.create({ data: { orgId: org.orgId, name: "Sam Lee" } }),
  ];
  return { ...org, alex: org.actors.admin, priya: org.actors.committee, plan, sql, file, ransomware, orders, people: { priyaShah, alexMorgan, samLee } };
}

function expectConflict(error: AppError, message: string) {
  expect(error.code).toBe("CONFLICT");
  expect(error.message).toBe(message);
  expect(Date.parse(error.conflict?.at ?? "")).not.toBeNaN();
}

describe("a refused stale save of a plan section says who changed what", () => {
  it("names the first writer of a section both people started blank, and the editor of a written one", async () => {
    const { alex, priya, plan } = await setup();
    const purpose = { planId: plan.id, key: "purpose" };
    await saveSection({ actor: alex, input: { ...purpose, body: "Keep orders flowing.", version: 0 } });

    const blank = await refused(saveSection({ actor: priya, input: { ...purpose, body: "Serve customers.", version: 0 } }));
    expectConflict(blank, "Someone else changed this section while you were editing.");
    expect(blank.conflict).toMatchObject({ version: 1, by: alex.name });
    expect(blank.conflict?.changes).toEqual([{ field: "body", label: "Purpose", from: "—", to: "Keep orders flowing." }]);
    expect(await db.planSection.findFirstOrThrow({ where: { planId: plan.id, key: "purpose" } })).toMatchObject({ body: "Keep orders flowing.", version: 1 });

    await saveSection({ actor: priya, input: { ...purpose, body: "Serve customers.", version: blank.conflict?.version } });
    expect(await db.planSection.findFirstOrThrow({ where: { planId: plan.id, key: "purpose" } })).toMatchObject({ body: "Serve customers.", version: 2 });

    // Alex's form still holds version 1: Priya's overwrite is what he is shown.
    const written = await refused(saveSection({ actor: alex, input: { ...purpose, body: "Keep orders and deliveries flowing.", version: 1 } }));
    expectConflict(written, "Someone else changed this section while you were editing.");
    expect(written.conflict).toMatchObject({ version: 2, by: priya.name });
    expect(written.conflict?.changes).toEqual([{ field: "body", label: "Purpose", from: "Keep orders flowing.", to: "Serve customers." }]);
    expect(await db.planSection.findFirstOrThrow({ where: { planId: plan.id, key: "purpose" } })).toMatchObject({ body: "Serve customers.", version: 2 });
    await saveSection({ actor: alex, input: { ...purpose, body: "Keep orders and deliveries flowing.", version: written.conflict?.version } });
    expect(await db.planSection.findFirstOrThrow({ where: { planId: plan.id, key: "purpose" } })).toMatchObject({ body: "Keep orders and deliveries flowing.", version: 3 });
  });

  it("tells the loser of two simultaneous first saves who wrote the section and what", async () => {
    const { alex, priya, plan } = await setup();
    const scope = { planId: plan.id, key: "scope", version: 0 };
    // Holding the plan row keeps Alex's first save open after it has inserted the section (a new
    // section bumps the plan's revision); Priya's, which cannot see it yet, then waits on the
    // section's unique key and fails once Alex's commits.
    let alexSave: Promise<unknown> = Promise.resolve();
    let priyaSave: Promise<unknown> = Promise.resolve();
    await db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM "Plan" WHERE id = ${plan.id} FOR UPDATE`;
      alexSave = saveSection({ actor: alex, input: { ...scope, body: "Bristol depot." } });
      await untilWaitingOnLock({ query: "%INSERT INTO%PlanSection%", count: 1, what: "section saves" });
      priyaSave = refused(saveSection({ actor: priya, input: { ...scope, body: "Bristol and Bath." } }));
      await untilWaitingOnLock({ query: "%INSERT INTO%PlanSection%", count: 2, what: "section saves" });
    });
    await alexSave;
    const lost = (await priyaSave) as AppError;
    expectConflict(lost, "Someone else changed this section while you were editing.");
    expect(lost.conflict).toMatchObject({ version: 1, by: alex.name, changes: [{ field: "body", label: "Scope", from: "—", to: "Bristol depot." }] });
    expect(await db.planSection.findFirstOrThrow({ where: { planId: plan.id, key: "scope" } })).toMatchObject({ body: "Bristol depot.", version: 1 });
  });
});

describe("a refused stale save of a test says who changed what, as the test form shows it", () => {
  it("labels types, results, dates and the ticked systems and people by name", async () => {
    const { alex, priya, plan, sql, file, ransomware, orders, people } = await setup();
    const siteLoss = await db.scenario.create({ data: { orgId: plan.orgId, planId: plan.id, key: "site-loss", name: "Site loss", kind: "site" } });
    const input = {
      planId: plan.id,
      type: "simulation",
      title: "SQL restore from the NAS",
      conductedOn: "2026-06-22",
      result: "passed_with_findings",
      narrative: "Restored onto HV02.",
      systemIds: [sql.id],
      scenarioIds: [ransomware.id, siteLoss.id],
      functionIds: [orders.id],
      participantIds: [people.priyaShah.id, people.alexMorgan.id],
    };
    const created = await createExercise({ actor: priya, input });
    const edit = { ...input, exerciseId: created.id, version: 1 };
    await updateExercise({ actor: alex, input: { ...edit, type: "walkthrough", conductedOn: "2026-06-23", result: "failed", systemIds: [sql.id, file.id], participantIds: [people.alexMorgan.id] } });
    // Deleting a scenario unlinks it without a save: that is nobody's change to the test.
    await db.scenario.delete({ where: { id: siteLoss.id } });

    const stale = await refused(updateExercise({ actor: priya, input: { ...edit, narrative: "Restored onto HV02 in 3 hours." } }));
    expectConflict(stale, "Someone else changed this test while you were editing.");
    expect(stale.conflict).toMatchObject({ version: 2, by: alex.name });
    expect(stale.conflict?.changes).toEqual([
      { field: "type", label: "Type of test", from: "Simulation", to: "Structured walk-through / tabletop" },
      { field: "conductedOn", label: "Date", from: "22 Jun 2026", to: "23 Jun 2026" },
      { field: "result", label: "Result", from: "Passed with findings", to: "Failed" },
      { field: "systemIds", label: "Systems in scope", from: "SQL01", to: "FILE01, SQL01" },
      { field: "participantIds", label: "Participants", from: "Alex Morgan, Priya Shah", to: "Alex Morgan" },
    ]);
    const unchanged = await db.exercise.findUniqueOrThrow({ where: { id: created.id }, include: { systems: true } });
    expect(unchanged).toMatchObject({ type: "walkthrough", result: "failed", narrative: "Restored onto HV02.", version: 2 });
    expect(unchanged.systems.map((s) => s.name).sort()).toEqual(["FILE01", "SQL01"]);

    await updateExercise({ actor: priya, input: { ...edit, version: stale.conflict?.version, scenarioIds: [ransomware.id], narrative: "Restored onto HV02 in 3 hours." } });
    const saved = await db.exercise.findUniqueOrThrow({ where: { id: created.id }, include: { systems: true } });
    expect(saved).toMatchObject({ type: "simulation", result: "passed_with_findings", narrative: "Restored onto HV02 in 3 hours.", version: 3 });
    expect(saved.systems.map((s) => s.name)).toEqual(["SQL01"]);
  });
});

describe("a refused stale edit or close of a finding says who changed what", () => {
  it("shows severity, status, owner and due date as the finding form does; a closed finding keeps its own message", async () => {
    const { alex, priya, plan, people } = await setup();
    const owned = { ownerId: people.priyaShah.id, dueOn: "2026-11-01" };
    const finding = await createFinding({ actor: priya, input: { planId: plan.id, description: "USB drive stale", severity: "high", ...owned } });
    const edit = { planId: plan.id, findingId: finding.id, version: 1, description: "USB drive stale", severity: "high", status: "open", ...owned };
    await updateFinding({ actor: alex, input: { ...edit, severity: "critical", status: "in_progress", ownerId: people.samLee.id, dueOn: "2026-12-01" } });

    const stale = await refused(updateFinding({ actor: priya, input: { ...edit, description: "USB drive a month old" } }));
    expectConflict(stale, "Someone else changed this finding while you were editing.");
    expect(stale.conflict).toMatchObject({ version: 2, by: alex.name });
    expect(stale.conflict?.changes).toEqual([
      { field: "severity", label: "Severity", from: "High", to: "Critical" },
      { field: "status", label: "Status", from: "Open", to: "In progress" },
      { field: "ownerId", label: "Owner", from: "Priya Shah", to: "Sam Lee" },
      { field: "dueOn", label: "Due date", from: "1 Nov 2026", to: "1 Dec 2026" },
    ]);
    expect(await db.finding.findUniqueOrThrow({ where: { id: finding.id } })).toMatchObject({ description: "USB drive stale", severity: "critical", version: 2 });
    await updateFinding({ actor: priya, input: { ...edit, version: stale.conflict?.version, description: "USB drive a month old" } });
    expect(await db.finding.findUniqueOrThrow({ where: { id: finding.id } })).toMatchObject({ description: "USB drive a month old", severity: "high", ownerId: people.priyaShah.id, dueOn: new Date("2026-11-01T00:00:00Z"), version: 3 });

    // Alex closes from the page he loaded at version 2: Priya's edit is what he is shown.
    const close = { planId: plan.id, findingId: finding.id, closedNote: "Weekly rotation started" };
    const staleClose = await refused(closeFinding({ actor: alex, input: { ...close, version: 2 } }));
    expectConflict(staleClose, "Someone else changed this finding while you were editing.");
    expect(staleClose.conflict).toMatchObject({ version: 3, by: priya.name });
    expect(staleClose.conflict?.changes).toEqual([
      { field: "description", label: "Finding", from: "USB drive stale", to: "USB drive a month old" },
      { field: "severity", label: "Severity", from: "Critical", to: "High" },
      { field: "status", label: "Status", from: "In progress", to: "Open" },
      { field: "ownerId", label: "Owner", from: "Sam Lee", to: "Priya Shah" },
      { field: "dueOn", label: "Due date", from: "1 Dec 2026", to: "1 Nov 2026" },
    ]);
    expect(await db.finding.findUniqueOrThrow({ where: { id: finding.id } })).toMatchObject({ status: "open", closedNote: "", version: 3 });
    await closeFinding({ actor: alex, input: { ...close, version: staleClose.conflict?.version } });
    expect(await db.finding.findUniqueOrThrow({ where: { id: finding.id } })).toMatchObject({ status: "closed", closedNote: "Weekly rotation started", version: 4 });

    const closedAgain = await refused(closeFinding({ actor: priya, input: { ...close, version: 3 } }));
    expect([closedAgain.code, closedAgain.message, closedAgain.conflict]).toEqual(["CONFLICT", "This finding is already closed.", undefined]);
    const editClosed = await refused(updateFinding({ actor: priya, input: { ...edit, version: 4 } }));
    expect([editClosed.code, editClosed.message, editClosed.conflict]).toEqual(["CONFLICT", "This finding is closed; its record is kept as it was closed.", undefined]);
  });
});

describe("a refused stale save of an inventory item says who changed what, from the register's fields", () => {
  it("labels every field as the item form does, with people by name, yes/no and units", async () => {
    const { alex, priya, plan, people } = await setup();
    const position = { planId: plan.id, kind: "backup_positions", position: "Warehouse manager", holder: people.priyaShah.id, backup: people.alexMorgan.id };
    const item = await createItem({ actor: priya, input: position });
    const edit = { ...position, itemId: item.id, version: "1" };
    await updateItem({ actor: alex, input: { ...edit, backup: people.samLee.id, knowledge: "Forklift keys in the safe" } });
    await updateItem({ actor: alex, input: { ...edit, version: "2", backup: people.samLee.id, knowledge: "Forklift keys in the safe", trained: "yes" } });

    const stale = await refused(updateItem({ actor: priya, input: { ...edit, department: "Logistics" } }));
    expectConflict(stale, "Someone else changed this position while you were editing.");
    expect(stale.conflict).toMatchObject({ version: 3, by: alex.name });
    expect(stale.conflict?.changes).toEqual([
      { field: "backup", label: "Backup", from: "Alex Morgan", to: "Sam Lee" },
      { field: "knowledge", label: "What the backup must know", from: "—", to: "Forklift keys in the safe" },
      // Left blank when the position was added: not known, not "no".
      { field: "trained", label: "Backup trained", from: "—", to: "Yes" },
    ]);
    const unchanged = await db.inventoryItem.findUniqueOrThrow({ where: { id: item.id } });
    expect(unchanged).toMatchObject({ version: 3, data: { department: null, backup: people.samLee.id, trained: true } });

    await updateItem({ actor: priya, input: { ...edit, version: String(stale.conflict?.version), department: "Logistics" } });
    expect(await db.inventoryItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({
      version: 4,
      data: { department: "Logistics", backup: people.alexMorgan.id, trained: null, knowledge: null },
    });
  });

  it("gives another register the same details without declaring anything for it", async () => {
    const { alex, priya, plan } = await setup();
    const vendor = { planId: plan.id, kind: "vendors", name: "Sage UK", service: "ERP support", recoveryHours: "24" };
    const item = await createItem({ actor: priya, input: vendor });
    const edit = { ...vendor, itemId: item.id, version: "1" };
    await updateItem({ actor: alex, input: { ...edit, recoveryHours: "8", contractEnd: "2027-03-31" } });

    const stale = await refused(updateItem({ actor: priya, input: { ...edit, service: "ERP and payroll support" } }));
    expectConflict(stale, "Someone else changed this vendor while you were editing.");
    expect(stale.conflict).toMatchObject({ version: 2, by: alex.name });
    expect(stale.conflict?.changes).toEqual([
      { field: "contractEnd", label: "Contract end", from: "—", to: "31 Mar 2027" },
      { field: "recoveryHours", label: "Contractual recovery time", from: "24 hours", to: "8 hours" },
    ]);
    expect(await db.inventoryItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({ version: 2, data: { service: "ERP support", recoveryHours: 8 } });
    await updateItem({ actor: priya, input: { ...edit, version: String(stale.conflict?.version), service: "ERP and payroll support" } });
    expect(await db.inventoryItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({ version: 3, data: { service: "ERP and payroll support", recoveryHours: 24, contractEnd: null } });
  });
});
