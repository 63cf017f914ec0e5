import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createPlan } from "@/lib/plans/create-plan";
import { createPerson } from "@/lib/people/create-person";
import { createItem } from "@/lib/inventories/create-item";
import { labelOf } from "@/lib/inventories/item-schema";
import { registerOf, type InventoryKind } from "@/lib/inventories/registers";
import { personNameIn } from "@/lib/inventories/scope";
import type { ItemData } from "@/lib/inventories/fields";
import { makeOrg } from "./factories";
import { inRolledBackTransaction, migrationStatements } from "./migration-sql";

describe("migration relabel_person_items", () => {
  it("names renamed and deleted people in labels as labelOf does, leaving the items' versions, dates and plans' revisions alone", async () => {
    const org = await makeOrg("Relabel");
    const actor = org.actors.committee;
    const plan = await createPlan({ actor, input: { name: "Bristol" } });
    const add = (name: string) => createPerson({ actor, input: { name } });
    const [priya, tom, alex] = [await add("Priya Shah"), await add("Tom Reed"), await add("Alex Morgan")];
    const item = (kind: "call_list" | "distribution" | "notification_checklist", input: Record<string, string>) => createItem({ actor, input: { planId: plan.id, kind, ...input } });
    const items = [
      await item("call_list", { order: "1", person: priya.id, primaryPhone: "07700 900102" }),
      await item("call_list", { order: "2", person: alex.id, primaryPhone: "07700 900101" }),
      await item("distribution", { copyNumber: "3", holder: tom.id, format: "Printed", issuedOn: "2026-11-02" }),
      await item("notification_checklist", { step: "1", notify: "Insurer", responsible: priya.id }),
    ];
    // As before the app relabelled: a rename and a deletion that left the labels as they were.
    await db.person.update({ where: { id: priya.id }, data: { name: "Priya Patel" } });
    await db.person.delete({ where: { id: tom.id } });
    // In the order they were added.
    const inOrder = <T extends { id: string }>(rows: T[]) => items.map((added) => rows.find((row) => row.id === added.id)!);
    const before = inOrder(await db.inventoryItem.findMany({ where: { planId: plan.id } }));
    expect(before.map((i) => i.label)).toEqual(["1 — Priya Shah", "2 — Alex Morgan", "3 — Tom Reed", "1 — Insurer"]);
    const revision = (await db.plan.findUniqueOrThrow({ where: { id: plan.id } })).contentRevision;

    const statements = migrationStatements({ name: "20261219000000_relabel_person_items" });
    const found = await inRolledBackTransaction(statements, async (tx) => ({
      items: inOrder(await tx.inventoryItem.findMany({ where: { planId: plan.id } })),
      revision: (await tx.plan.findUniqueOrThrow({ where: { id: plan.id } })).contentRevision,
    }));

    expect(found.items.map((i) => i.label)).toEqual(["1 — Priya Patel", "2 — Alex Morgan", "3 — (removed person)", "1 — Insurer"]);
    const names = personNameIn(new Map([[priya.id, "Priya Patel"], [alex.id, "Alex Morgan"]]));
    expect(found.items.map((i) => i.label)).toEqual(before.map((i) => labelOf(registerOf(i.kind as InventoryKind), i.data as ItemData, names)));
    expect(found.items.map((i) => [i.id, i.version, i.updatedAt])).toEqual(before.map((i) => [i.id, i.version, i.updatedAt]));
    expect(found.revision).toBe(revision);
  });
});
