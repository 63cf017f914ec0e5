import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createPlan } from "@/lib/plans/create-plan";
import { createItem } from "@/lib/inventories/create-item";
import { updateItem } from "@/lib/inventories/update-item";
import { exportItems } from "@/lib/inventories/export-items";
import { importItems } from "@/lib/inventories/import-items";
import { failure, makeOrg } from "./factories";

const DUPLICATE = "This vendor (same name and service) is already in the register.";

async function setup() {
  const org = await makeOrg("Riverside");
  const plan = await createPlan({ actor: org.actors.committee, input: { name: "Riverside Dental" } });
  const planId = plan.id;
  const addVendor = (name: string, service: string, more: Record<string, string> = {}) =>
    createItem({ actor: org.actors.committee, input: { planId, kind: "vendors", name, service, ...more } });
  const importFile = (text: string) => importItems({ actor: org.actors.committee, input: { planId, kind: "vendors" }, file: new File([text], "vendors.csv", { type: "text/csv" }) });
  /** Every row an add, an edit or an import could write, read back from Postgres. */
  const written = async () => ({
    items: await db.inventoryItem.findMany({ where: { orgId: org.orgId }, orderBy: { id: "asc" } }),
    audit: await db.auditLog.findMany({ where: { orgId: org.orgId, entityType: { in: ["inventory_item", "inventory_register"] } }, orderBy: { id: "asc" } }),
  });
  return { ...org, planId, addVendor, importFile, written };
}

describe("the master vendor list refuses a vendor listed twice for one service", () => {
  it("refuses adding the same name and service, whatever the letter case and spacing, and writes nothing", async () => {
    const { addVendor, written } = await setup();
    const first = await addVendor("Evans IT Ltd", "IT support and backups");
    const before = await written();

    for (const [name, service] of [
      ["Evans IT Ltd", "IT support and backups"],
      ["  evans IT  LTD", "it support and backups "],
    ]) {
      const error = await failure(addVendor(name, service));
      expect(error.code).toBe("VALIDATION");
      expect(error.fieldErrors).toEqual({ name: DUPLICATE });
    }
    expect(await written()).toEqual(before);
    expect(before.items.map((item) => item.id)).toEqual([first.id]);
  });

  it("accepts the same vendor for another service", async () => {
    const { addVendor, planId } = await setup();
    await addVendor("Evans IT Ltd", "IT support and backups");
    await addVendor("Evans IT Ltd", "Telephony");
    const rows = await db.inventoryItem.findMany({ where: { planId, kind: "vendors" }, orderBy: { createdAt: "asc" } });
    expect(rows.map((row) => [row.label, (row.data as { service: string }).service])).toEqual([
      ["Evans IT Ltd", "IT support and backups"],
      ["Evans IT Ltd", "Telephony"],
    ]);
  });

  it("refuses an edit that makes a vendor alike another, writes nothing, and lets a vendor keep its own", async () => {
    const { actors, planId, addVendor, written } = await setup();
    const support = await addVendor("Evans IT Ltd", "IT support and backups");
    const phones = await addVendor("Evans IT Ltd", "Telephony");
    const before = await written();

    const error = await failure(
      updateItem({ actor: actors.committee, input: { planId, kind: "vendors", itemId: phones.id, version: "1", name: "Evans IT Ltd", service: "IT Support and Backups" } }),
    );
    expect(error.fieldErrors).toEqual({ name: DUPLICATE });
    expect(await written()).toEqual(before);

    await updateItem({ actor: actors.committee, input: { planId, kind: "vendors", itemId: support.id, version: "1", name: "Evans IT Ltd", service: "IT support and backups", recoveryHours: "4" } });
    const saved = await db.inventoryItem.findUniqueOrThrow({ where: { id: support.id } });
    expect(saved).toMatchObject({ version: 2, data: expect.objectContaining({ service: "IT support and backups", recoveryHours: 4 }) });
  });

  it("adds only one of two identical vendors saved at the same moment", async () => {
    const { addVendor, planId } = await setup();
    const outcomes = await Promise.allSettled([addVendor("Evans IT Ltd", "IT support and backups"), addVendor("Evans IT Ltd", "IT support and backups")]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await db.inventoryItem.count({ where: { planId, kind: "vendors" } })).toBe(1);
  });

  it("leaves the other registers as they were: two identical forms are two rows", async () => {
    const { actors, planId } = await setup();
    for (let i = 0; i < 2; i += 1) await createItem({ actor: actors.committee, input: { planId, kind: "forms", name: "Returns form" } });
    expect(await db.inventoryItem.count({ where: { planId, kind: "forms" } })).toBe(2);
  });
});

describe("importing vendors into the master vendor list", () => {
  it("refuses a row alike a vendor in the register and a row alike an earlier row, by row, and imports nothing", async () => {
    const { addVendor, importFile, written } = await setup();
    await addVendor("Evans IT Ltd", "IT support and backups");
    const before = await written();
    const file = ["Vendor,Service", "Software of Excellence,Practice management", "EVANS IT LTD,IT support and backups", "Henry Schein,Dental supplies", "Henry  Schein,dental supplies"].join("\r\n");

    const error = await failure(importFile(file));
    expect(error.message).toBe("Nothing was imported: the file has 2 problems.");
    expect(Object.values(error.fieldErrors ?? {})).toEqual([
      "Row 3, column “Vendor”: this vendor (same name and service) is already in the register",
      "Row 5, column “Vendor”: row 4 has the same name and service; each vendor is listed once",
    ]);
    expect(await written()).toEqual(before);
  });

  it("refuses an exported row edited into another vendor's name and service, and imports nothing", async () => {
    const { actors, planId, addVendor, importFile, written } = await setup();
    await addVendor("Evans IT Ltd", "IT support and backups");
    await addVendor("Evans IT Ltd", "Telephony");
    const { csv } = await exportItems({ actor: actors.committee, input: { planId, kind: "vendors" } });
    const before = await written();
    const lines = csv.split("\r\n");
    const row = lines.findIndex((line) => line.startsWith("Evans IT Ltd,Telephony,"));

    const error = await failure(importFile(lines.map((line, i) => (i === row ? line.replace(",Telephony,", ",IT support and backups,") : line)).join("\r\n")));
    expect(Object.values(error.fieldErrors ?? {})).toEqual([`Row ${row + 1}, column “Vendor”: this vendor (same name and service) is already in the register`]);
    expect(await written()).toEqual(before);
  });

  it("imports an edited export whose vendors swap services, checked as the import leaves the register", async () => {
    const { actors, planId, addVendor, importFile } = await setup();
    const support = await addVendor("Evans IT Ltd", "IT support and backups");
    const phones = await addVendor("Evans IT Ltd", "Telephony");
    const { csv } = await exportItems({ actor: actors.committee, input: { planId, kind: "vendors" } });
    const swapped = csv.replace(",IT support and backups,", ",\u0000,").replace(",Telephony,", ",IT support and backups,").replace(",\u0000,", ",Telephony,");

    expect(await importFile(swapped)).toMatchObject({ added: 0, updated: 2, unchanged: 0 });
    const services = async (id: string) => ((await db.inventoryItem.findUniqueOrThrow({ where: { id } })).data as { service: string }).service;
    expect([await services(support.id), await services(phones.id)]).toEqual(["Telephony", "IT support and backups"]);
  });
});
