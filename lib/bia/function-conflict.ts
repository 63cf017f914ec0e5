import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/context";
import type { Shown } from "@/lib/concurrency/stale-edit";
import { plainText } from "@/lib/concurrency/show-fields";
import { planRecords } from "@/lib/bia/scope";
import { storedGrid } from "@/lib/bia/function-fields";
import { CATEGORY_LABELS, IMPACT_CATEGORIES, RATING_LABELS } from "@/lib/bia/impact";
import { formatDuration } from "@/lib/bia/durations";

type Snapshot = Record<string, unknown>;

/** What a refused save of each section of a function shows and which audited writes bumped its version. */
export const IMPACT_WRITES = ["function.updated", "function.priority_overridden", "function.priority_cleared"];
export const DEPENDENCY_WRITES = ["function.dependencies_updated"];

const money = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP", maximumFractionDigits: 0 });
const minutes = (value: unknown) => formatDuration(typeof value === "number" ? value : null);

/** Displays the impact-analysis section of a function snapshot (whole or partial), with names for ids. */
export async function showImpactSection(tx: Tx, actor: Pick<Actor, "orgId">, planId: string): Promise<(s: Snapshot) => Shown> {
  // One after another: a transaction's queries share one connection.
  const org = await tx.organization.findUniqueOrThrow({ where: { id: actor.orgId }, select: { impactHorizonsMinutes: true } });
  const products = await tx.product.findMany({ where: planRecords(actor, planId), select: { id: true, name: true } });
  const departments = await tx.department.findMany({ where: { orgId: actor.orgId }, select: { id: true, name: true } });
  const tiers = await tx.recoveryTier.findMany({ where: planRecords(actor, planId), select: { id: true, name: true } });
  const names = new Map([...products, ...departments, ...tiers].map((row) => [row.id, row.name]));
  const named = (value: unknown) => (typeof value === "string" && value ? (names.get(value) ?? "a deleted record") : "—");
  const fields: [string, string, (value: unknown) => string][] = [
    ["name", "Function name", plainText],
    ["description", "Description", plainText],
    ["productId", "Product or service", named],
    ["departmentId", "Department", named],
    ["costPerHour", "Cost of an outage per hour", (v) => (typeof v === "number" ? money.format(v) : "—")],
    ["mtdMinutes", "MTD", minutes],
    ["rtoMinutes", "RTO", minutes],
    ["rpoMinutes", "RPO", minutes],
    ["wrtMinutes", "WRT", minutes],
    ["mtdOverrideReason", "Why the MTD differs from the suggestion", plainText],
    ["rtoOverrideReason", "Why the RTO differs from the suggestion", plainText],
    ["manualRank", "Rank set by hand", plainText],
    ["tierId", "Tier set by hand", named],
    ["manualRankReason", "Why the priority was set by hand", plainText],
  ];
  return (snapshot) => {
    const shown: Shown = {};
    for (const [field, label, format] of fields) {
      if (field in snapshot) shown[field] = { label, text: format(snapshot[field]) };
    }
    if ("impactGrid" in snapshot) {
      const grid = storedGrid(snapshot.impactGrid);
      for (const category of IMPACT_CATEGORIES) {
        for (const horizon of org.impactHorizonsMinutes) {
          const rating = grid[category]?.[String(horizon)];
          shown[`impact.${category}.${horizon}`] = {
            label: `${CATEGORY_LABELS[category]} impact after ${formatDuration(horizon)}`,
            text: rating ? RATING_LABELS[rating] : "not rated",
          };
        }
      }
    }
    return shown;
  };
}

/** Displays the dependencies section of a function snapshot, naming the linked records. */
export async function showDependencySection(tx: Tx, actor: Pick<Actor, "orgId">, planId: string): Promise<(s: Snapshot) => Shown> {
  // One after another: a transaction's queries share one connection.
  const systems = await tx.system.findMany({ where: planRecords(actor, planId), select: { id: true, name: true } });
  const people = await tx.person.findMany({ where: { orgId: actor.orgId }, select: { id: true, name: true } });
  const vendors = await tx.inventoryItem.findMany({ where: { ...planRecords(actor, planId), kind: "vendors" }, select: { id: true, label: true } });
  const sites = await tx.site.findMany({ where: { orgId: actor.orgId }, select: { id: true, name: true } });
  const names = new Map<string, string>([
    ...systems.map((s): [string, string] => [s.id, s.name]),
    ...people.map((p): [string, string] => [p.id, p.name]),
    ...vendors.map((v): [string, string] => [v.id, v.label]),
    ...sites.map((s): [string, string] => [s.id, s.name]),
  ]);
  const list = (value: unknown, name: (item: string) => string) => {
    const items = Array.isArray(value) ? value.map((item) => name(String(item))).sort((a, b) => a.localeCompare(b)) : [];
    return items.length ? items.join(", ") : "none";
  };
  const named = (value: unknown) => list(value, (id) => names.get(id) ?? "a deleted record");
  const fields: [string, string, (value: unknown) => string][] = [
    ["systemIds", "IT systems", named],
    ["keyPersonIds", "Key people", named],
    ["vendorIds", "Vendors", named],
    ["facilityIds", "Facilities", named],
    ["vitalRecords", "Vital records", (value) => list(value, (item) => item)],
  ];
  return (snapshot) => {
    const shown: Shown = {};
    for (const [field, label, format] of fields) {
      if (field in snapshot) shown[field] = { label, text: format(snapshot[field]) };
    }
    return shown;
  };
}
