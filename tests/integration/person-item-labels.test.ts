import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createPlan } from "@/lib/plans/create-plan";
import { createPerson } from "@/lib/people/create-person";
import { updatePerson } from "@/lib/people/update-person";
import { deletePerson } from "@/lib/people/delete-person";
import { importPeople } from "@/lib/people/import-people";
import { createItem } from "@/lib/inventories/create-item";
import { updateItem } from "@/lib/inventories/update-item";
import { listItems } from "@/lib/inventories/list-items";
import { makeOrg } from "./factories";
import { racePlanLock } from "./interleave";

/** A plan whose call list calls Priya Shah and Priya Rao first, and whose notification checklist has Priya Shah tell the insurer. */
async function setup() {
  const org = await makeOrg("Labels");
  const actor = org.actors.committee;
  const { id: planId } = await createPlan({ actor, input: { name: "Bristol" } });
  const priya = await createPerson({ actor, input: { name: "Priya Shah", email: "priya@harbourlane.example" } });
  const rao = await createPerson({ actor, input: { name: "Priya Rao" } });
  const entry = (order: string, person: string) => createItem({ actor, input: { planId, kind: "call_list", order, person, primaryPhone: "07700 900102" } });
  const priyaEntry = await entry("1", priya.id);
  await entry("1", rao.id);
  const step = await createItem({ actor, input: { planId, kind: "notification_checklist", step: "1", notify: "Insurer", responsible: priya.id } });
  return { ...org, actor, planId, priya, priyaEntry, step };
}

/** The call list as its page reads it: each row's label, in the order shown. */
async function callList(setupResult: Awaited<ReturnType<typeof setup>>, query: Record<string, string> = {}) {
  const { actor, planId } = setupResult;
  const list = await listItems({ actor, input: { planId, kind: "call_list" }, query });
  return list.items.rows.map((row) => row.label);
}



describe("labels of register items that name a person", () => {
  it("name the person by their new name once they are renamed, sorted and searched by it, without a new item version", async () => {
    const org = await setup();
    const before = await db.inventoryItem.findUniqueOrThrow({ where: { id: org.priyaEntry.id } });
    await updatePerson({ actor: org.actor, input: { personId: org.priya.id, version: 1, name: "Priya Patel", email: "priya@harbourlane.example" } });

    // One call-tree order: sorted by the label, Priya Patel now comes before Priya Rao.
    expect(await callList(org)).toEqual(["1 — Priya Patel", "1 — Priya Rao"]);
    expect(await callList(org, { q: "Patel" })).toEqual(["1 — Priya Patel"]);
    expect(await callList(org, { q: "Shah" })).toEqual([]);
    const step = await db.inventoryItem.findUniqueOrThrow({ where: { id: org.step.id } });
    expect(step.label).toBe("1 — Insurer");

    // A label is derived, not edited: the item keeps its version and its last change, so a form
    // opened before the rename still saves, and the item is no fresher for the review than it was.
    const after = await db.inventoryItem.findUniqueOrThrow({ where: { id: org.priyaEntry.id } });
    expect(after).toMatchObject({ version: before.version, updatedAt: before.updatedAt, data: before.data });
    const saved = await updateItem({
      actor: org.actor,
      input: { planId: org.planId, kind: "call_list", itemId: org.priyaEntry.id, version: before.version, order: "1", person: org.priya.id, primaryPhone: "07700 900102", role: "Incident lead" },
    });
    expect(saved).toMatchObject({ changed: true, label: "1 — Priya Patel" });
  });

  it("follow a rename made by a People import", async () => {
    const org = await setup();
    const file = new File(["Name,E-mail\r\nPriya Patel,priya@harbourlane.example\r\n"], "people.csv", { type: "text/csv" });
    await importPeople({ actor: org.actors.admin, input: {}, file });

    expect(await callList(org)).toEqual(["1 — Priya Patel", "1 — Priya Rao"]);
    expect(await callList(org, { q: "Shah" })).toEqual([]);
  });

  it("stop naming a deleted person, as the item's page shows them", async () => {
    const org = await setup();
    await deletePerson({ actor: org.actor, input: { personId: org.priya.id, version: 1 } });

    expect(await callList(org)).toEqual(["1 — (removed person)", "1 — Priya Rao"]);
    expect(await callList(org, { q: "Shah" })).toEqual([]);
  });

  it("leave other organisations' items alone", async () => {
    const mine = await setup();
    const theirs = await setup();
    await updatePerson({ actor: mine.actor, input: { personId: mine.priya.id, version: 1, name: "Priya Patel", email: "priya@harbourlane.example" } });

    expect(await callList(theirs)).toEqual(["1 — Priya Rao", "1 — Priya Shah"]);
  });

  // The rename takes the plans that name the person (their revision trigger), then relabels the
  // items; a save of an item took the item, then the plan: each waited for the other.
  it("serialise a rename and a save of an item naming the person, rather than failing one as a deadlock", async () => {
    const org = await setup();
    const outcomes = await racePlanLock({
      planId: org.planId,
      first: () => updatePerson({ actor: org.actor, input: { personId: org.priya.id, version: 1, name: "Priya Patel", email: "priya@harbourlane.example" } }),
      second: () =>
        updateItem({
          actor: org.actor,
          input: { planId: org.planId, kind: "call_list", itemId: org.priyaEntry.id, version: 1, order: "1", person: org.priya.id, primaryPhone: "07700 900102", role: "Incident lead" },
        }),
    });
    expect(outcomes).toEqual(["done", "done"]);
    expect(await db.inventoryItem.findUniqueOrThrow({ where: { id: org.priyaEntry.id } })).toMatchObject({ label: "1 — Priya Patel", version: 2, data: { role: "Incident lead" } });
  });
});
