import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/context";
import type { Shown } from "@/lib/concurrency/stale-edit";
import { byName, duration, namedId, namedList, orgNames, showFields, sortedList } from "@/lib/concurrency/show-fields";
import { planRecords } from "@/lib/bia/scope";
import { storedGrid } from "@/lib/bia/function-fields";
import { RATING_LABELS, storedCategories } from "@/lib/bia/impact";
import { formatDuration } from "@/lib/durations";
import { formatMoney } from "@/lib/money";

type Snapshot = Record<string, unknown>;

/** What a refused save of each section of a function shows and which audited writes bumped its version. */
export const IMPACT_WRITES = ["function.updated", "function.priority_overridden", "function.priority_cleared"];
export const DEPENDENCY_WRITES = ["function.dependencies_updated"];

/** Displays the impact-analysis section of a function snapshot (whole or partial), with names for ids. */
export async function showImpactSection(tx: Tx, actor: Pick<Actor, "orgId">, planId: string): Promise<(s: Snapshot) => Shown> {
  // One after another: a transaction's queries share one connection.
  const org = await tx.organization.findUniqueOrThrow({ where: { id: actor.orgId }, select: { impactHorizonsMinutes: true, impactCategories: true } });
  const categories = storedCategories(org.impactCategories);
  const products = byName(await tx.product.findMany({ where: planRecords(actor, planId), select: { id: true, name: true } }));
  const departments = await orgNames(tx, actor, "department");
  const tiers = byName(await tx.recoveryTier.findMany({ where: planRecords(actor, planId), select: { id: true, name: true } }));
  const fields = showFields({
    name: { label: "Function name" },
    description: { label: "Description" },
    productId: { label: "Product or service", text: namedId(products) },
    departmentId: { label: "Department", text: namedId(departments) },
    costPerHour: { label: "Cost of an outage per hour", text: (v) => (typeof v === "number" ? formatMoney(v) : "—") },
    mtdMinutes: { label: "MTD", text: duration },
    rtoMinutes: { label: "RTO", text: duration },
    rpoMinutes: { label: "RPO", text: duration },
    wrtMinutes: { label: "WRT", text: duration },
    mtdOverrideReason: { label: "Why the MTD differs from the suggestion" },
    rtoOverrideReason: { label: "Why the RTO is longer than the suggestion" },
    manualRank: { label: "Rank set by hand" },
    tierId: { label: "Tier set by hand", text: namedId(tiers) },
    manualRankReason: { label: "Why the priority was set by hand" },
  });
  return (snapshot) => {
    const shown = fields(snapshot);
    if ("impactGrid" in snapshot) {
      const grid = storedGrid(snapshot.impactGrid);
      for (const { key, label } of categories) {
        for (const horizon of org.impactHorizonsMinutes) {
          const rating = grid[key]?.[String(horizon)];
          shown[`impact.${key}.${horizon}`] = {
            label: `${label} impact after ${formatDuration(horizon)}`,
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
  const systems = byName(await tx.system.findMany({ where: planRecords(actor, planId), select: { id: true, name: true } }));
  const people = await orgNames(tx, actor, "person");
  const vendors = await tx.inventoryItem.findMany({ where: { ...planRecords(actor, planId), kind: "vendors" }, select: { id: true, label: true } });
  const sites = await orgNames(tx, actor, "site");
  return showFields({
    systemIds: { label: "IT systems", text: namedList(systems) },
    keyPersonIds: { label: "Key people", text: namedList(people) },
    vendorIds: { label: "Vendors", text: namedList(new Map(vendors.map((v) => [v.id, v.label]))) },
    facilityIds: { label: "Facilities", text: namedList(sites) },
    vitalRecords: { label: "Vital records", text: sortedList },
  });
}
