import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createPlan } from "@/lib/plans/create-plan";
import { createSystem } from "@/lib/systems/create-system";
import { updateSystem } from "@/lib/systems/update-system";
import { deleteSystem } from "@/lib/systems/delete-system";
import { getSystem } from "@/lib/systems/get-system";
import { listSystems, systemListQuery } from "@/lib/systems/list-systems";
import { functionListQuery, listFunctions } from "@/lib/bia/list-functions";
import type { AppError } from "@/lib/errors";
import { failure, makeOrg } from "./factories";

describe("systems register", () => {
  it("creates, edits with optimistic concurrency and deletes, each audited", async () => {
    const { orgId, actors } = await makeOrg("Sys");
    const plan = await createPlan({ actor: actors.committee, input: { name: "Bristol" } });
    const blank = await failure(createSystem({ actor: actors.committee, input: { planId: plan.id, name: "", kind: "vm" } }));
    expect(blank.fieldErrors).toEqual({ name: "Give the system a name." });
    const badKind = await failure(createSystem({ actor: actors.committee, input: { planId: plan.id, name: "X", kind: "mainframe" } }));
    expect(badKind.fieldErrors).toEqual({ kind: "Choose what kind of system it is." });
    const alex = await db.person.create({ data: { orgId, name: "Alex Morgan" } });
    const someone = await db.person.create({ data: { orgId, name: "Someone" } });
    const system = await createSystem({ actor: actors.committee, input: { planId: plan.id, name: "SQL01", kind: "vm" } });
    const duplicate = await failure(createSystem({ actor: actors.committee, input: { planId: plan.id, name: "SQL01", kind: "vm" } }));
    expect(duplicate.fieldErrors).toEqual({ name: "This plan already has a system with this name." });
    // Another letter case is the same name: refused, and nothing written.
    const otherCase = await failure(createSystem({ actor: actors.committee, input: { planId: plan.id, name: "sql01", kind: "vm" } }));
    expect(otherCase.fieldErrors).toEqual({ name: "This plan already has a system with this name." });
    expect(await db.system.count({ where: { planId: plan.id } })).toBe(1);

    const edit = { planId: plan.id, systemId: system.id, name: "SQL01", kind: "vm", ownerPersonId: alex.id, description: "SQL Server", version: 1 };
    await updateSystem({ actor: actors.admin, input: edit });
    expect((await failure(updateSystem({ actor: actors.committee, input: { ...edit, ownerPersonId: someone.id } }))).code).toBe("CONFLICT");
    expect(await db.system.findUniqueOrThrow({ where: { id: system.id } })).toMatchObject({ ownerPersonId: alex.id, description: "SQL Server", version: 2 });

    expect((await failure(deleteSystem({ actor: actors.auditor, input: { planId: plan.id, systemId: system.id, version: 2 } }))).code).toBe("FORBIDDEN");
    // A delete from a page loaded before that edit is refused, saying who changed what, and the system stays as it is.
    const stored = await db.system.findUniqueOrThrow({ where: { id: system.id } });
    const stale = (await failure(deleteSystem({ actor: actors.committee, input: { planId: plan.id, systemId: system.id, version: 1 } }))) as AppError;
    expect(stale).toMatchObject({ code: "CONFLICT", message: "The system was changed after this page was loaded, so it was not deleted." });
    expect(stale.conflict).toMatchObject({
      version: 2,
      by: actors.admin.name,
      refused: "delete",
      changes: [
        { field: "ownerPersonId", label: "Owner", from: "No owner yet", to: "Alex Morgan" },
        { field: "description", label: "Description", from: "—", to: "SQL Server" },
      ],
    });
    expect(await db.system.findUniqueOrThrow({ where: { id: system.id } })).toEqual(stored);
    await deleteSystem({ actor: actors.committee, input: { planId: plan.id, systemId: system.id, version: 2 } });
    const gone = await failure(deleteSystem({ actor: actors.committee, input: { planId: plan.id, systemId: system.id, version: 2 } }));
    expect(gone).toMatchObject({ code: "NOT_FOUND", message: "The system was not found: it has probably been deleted already." });
    const actions = await db.auditLog.findMany({ where: { orgId, entityType: "system" }, orderBy: { createdAt: "asc" }, select: { action: true } });
    expect(actions.map((a) => a.action)).toEqual(["system.created", "system.updated", "system.deleted"]);
  });

  it("shows another organisation's system as not found and changes nothing", async () => {
    const theirs = await makeOrg("Theirs");
    const mine = await makeOrg("Mine");
    const plan = await createPlan({ actor: theirs.actors.committee, input: { name: "Secret" } });
    const system = await createSystem({ actor: theirs.actors.committee, input: { planId: plan.id, name: "PMS", kind: "vm" } });
    for (const attempt of [
      () => getSystem({ actor: mine.actors.admin, planId: plan.id, systemId: system.id }),
      () => updateSystem({ actor: mine.actors.admin, input: { planId: plan.id, systemId: system.id, name: "Mine", kind: "vm", version: 1 } }),
      () => deleteSystem({ actor: mine.actors.admin, input: { planId: plan.id, systemId: system.id, version: 1 } }),
    ]) {
      expect((await failure(attempt())).code).toBe("NOT_FOUND");
    }
    const page = await listSystems({ actor: mine.actors.admin, planId: plan.id, query: systemListQuery.parse({}) });
    expect(page.total).toBe(0);
    expect(await db.system.findUniqueOrThrow({ where: { id: system.id } })).toMatchObject({ name: "PMS", version: 1 });
  });

  it("pages, sorts and searches 300 functions and 1,000 systems in the database", async () => {
    const { orgId, actors } = await makeOrg("Big");
    const plan = await createPlan({ actor: actors.committee, input: { name: "Big" } });
    const pad = (n: number) => String(n).padStart(4, "0");
    await db.system.createMany({
      data: Array.from({ length: 1000 }, (_, i) => ({ orgId, planId: plan.id, name: `VM-${pad(i)}`, ownerText: i % 2 ? "Ops" : "IT", kind: "vm" })),
    });
    await db.businessFunction.createMany({
      data: Array.from({ length: 300 }, (_, i) => ({ orgId, planId: plan.id, name: `Function ${pad(i)}`, mtdMinutes: i % 3 === 0 ? null : 60 * (i % 7 + 1) })),
    });

    const systems = await listSystems({ actor: actors.auditor, planId: plan.id, query: systemListQuery.parse({ sort: "name", dir: "desc" }) });
    expect(systems.total).toBe(1000);
    expect(systems.pageCount).toBe(20);
    expect(systems.rows).toHaveLength(50);
    expect(systems.rows[0].name).toBe("VM-0999");
    expect(systems.rows[49].name).toBe("VM-0950");
    const page3 = await listSystems({ actor: actors.auditor, planId: plan.id, query: systemListQuery.parse({ page: "3" }) });
    expect(page3.rows[0].name).toBe("VM-0100");
    const found = await listSystems({ actor: actors.auditor, planId: plan.id, query: systemListQuery.parse({ q: "vm-0421" }) });
    expect(found.rows.map((r) => r.name)).toEqual(["VM-0421"]);

    const functions = await listFunctions({ actor: actors.auditor, planId: plan.id, query: functionListQuery.parse({ sort: "mtd" }) });
    expect(functions.total).toBe(300);
    expect(functions.rows).toHaveLength(50);
    const mtds = functions.rows.map((r) => r.mtdMinutes);
    expect(mtds).toEqual([...mtds].sort((a, b) => (a ?? Infinity) - (b ?? Infinity)));
    expect(mtds[0]).toBe(60);
    const last = await listFunctions({ actor: actors.auditor, planId: plan.id, query: functionListQuery.parse({ sort: "mtd", page: "6" }) });
    expect(last.rows.every((r) => r.mtdMinutes === null)).toBe(true);
    const one = await listFunctions({ actor: actors.auditor, planId: plan.id, query: functionListQuery.parse({ q: "function 0123" }) });
    expect(one.rows.map((r) => r.name)).toEqual(["Function 0123"]);
  });
});

describe("a systems register save that changes nothing", () => {
  it("writes no version and no audit row for a system re-saved as stored, and writes a one-field change", async () => {
    const { orgId, actors } = await makeOrg();
    const plan = await createPlan({ actor: actors.committee, input: { name: "Bristol" } });
    const alex = await db.person.create({ data: { orgId, name: "Alex Morgan" } });
    const priya = await db.person.create({ data: { orgId, name: "Priya Shah" } });
    const system = await createSystem({ actor: actors.committee, input: { planId: plan.id, name: "SQL01", kind: "vm", ownerPersonId: alex.id } });
    const audits = () => db.auditLog.count({ where: { orgId, entityId: system.id } });
    const form = { planId: plan.id, systemId: system.id, version: 1, name: "SQL01", kind: "vm", ownerPersonId: alex.id };
    expect(await updateSystem({ actor: actors.committee, input: form })).toMatchObject({ changed: false, version: 1 });
    expect(await audits()).toBe(1);
    await updateSystem({ actor: actors.committee, input: { ...form, ownerPersonId: priya.id } });
    expect(await db.system.findUniqueOrThrow({ where: { id: system.id } })).toMatchObject({ version: 2, ownerPersonId: priya.id });
    expect(await audits()).toBe(2);
  });
});
