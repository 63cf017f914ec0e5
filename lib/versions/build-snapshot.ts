import "server-only";
import type { Tx } from "@/lib/db/client";
import { assess, parseModel } from "@/lib/engine";
import { loadRecoveryRows } from "@/lib/recovery/load-recovery-rows";
import { toRecoveryModel, type CutDependency, type IncompleteSystem, type InheritedRto, type LeftOutGroup } from "@/lib/recovery/to-model";
import { storedCategories, type ImpactCategory } from "@/lib/bia/impact";

const person = { select: { id: true, name: true, jobTitle: true, email: true, workPhone: true, mobilePhone: true, afterHoursPhone: true } } as const;
const named = { select: { id: true, name: true } } as const;
const byName = [{ name: "asc" as const }, { id: "asc" as const }];

type Tasks = readonly (() => Promise<unknown>)[];

/** Runs queries one after the other: a transaction has one connection, which runs one at a time. */
async function inOrder<T extends Tasks>(tasks: T): Promise<{ -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> }> {
  const results: unknown[] = [];
  for (const task of tasks) results.push(await task());
  return results as { -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> };
}

type MeasurementRow = { targetsRecorded: boolean; rtoTargetMinutes: number | null; rpoTargetMinutes: number | null };

/**
 * A measured restore with the targets recorded with it (decision 45); one recorded before they
 * were kept has none, as in versions frozen before then, so that the two read and compare alike.
 */
function withRecordedTargets<M extends MeasurementRow>({ targetsRecorded, rtoTargetMinutes, rpoTargetMinutes, ...measurement }: M) {
  return targetsRecorded ? { ...measurement, targetsRecorded, rtoTargetMinutes, rpoTargetMinutes } : measurement;
}

/**
 * A response team role, marked when it leads the response (decision 56); a role that does not
 * reads as in versions frozen before the mark existed, so that the two compare alike.
 */
function withLead<R extends { leadsResponse: boolean }>({ leadsResponse, ...role }: R): Omit<R, "leadsResponse"> & { leadsResponse?: true } {
  return leadsResponse ? { ...role, leadsResponse } : role;
}

/**
 * Everything a plan contains, as plain data grouped by stage of the BCM cycle: what a version
 * freezes, what executives approve and what auditors read back. Bookkeeping columns (version
 * counters, timestamps of edits) are left out so that only content changes the hash. Arrays
 * are in a fixed order so the same content always gives the same snapshot.
 */
export async function buildSnapshot(tx: Tx, { orgId, planId, now = new Date() }: { orgId: string; planId: string; now?: Date }) {
  const scope = { orgId, planId };
  const [plan, committee, ertRoles, threats, scenarios, products, functions, tiers, groups, systems, sections, registers, items, exercises, findings] =
    await inOrder([
      () => tx.plan.findFirstOrThrow({
        where: { id: planId, orgId },
        select: { id: true, name: true, description: true, endorsedOn: true, testCadenceDays: true, sponsor: person, org: { select: { name: true, impactCategories: true } } },
      }),
      () => tx.committeeMember.findMany({
        where: scope,
        orderBy: [{ role: "asc" }, { id: "asc" }],
        select: { id: true, role: true, functionalArea: true, person },
      }),
      () => tx.ertRole.findMany({
        where: scope,
        orderBy: [{ sortOrder: "asc" }, { title: "asc" }],
        select: { id: true, title: true, responsibilities: true, leadsResponse: true, primary: person, alternate: person },
      }),
      () => tx.threat.findMany({
        where: scope,
        orderBy: [{ title: "asc" }, { id: "asc" }],
        select: {
          id: true, category: true, title: true, description: true, likelihood: true, impact: true,
          existingControls: true, mitigation: true, residualLikelihood: true, residualImpact: true, owner: named,
        },
      }),
      () => tx.scenario.findMany({
        where: scope,
        orderBy: [{ key: "asc" }],
        select: {
          id: true, key: true, name: true, kind: true, description: true, at: true, declareMinutes: true,
          containmentMinutes: true, cleanBefore: true, lostHostKeys: true,
          lostSites: { select: { id: true, name: true }, orderBy: byName },
          threats: { select: { id: true, title: true }, orderBy: [{ title: "asc" }] },
        },
      }),
      () => tx.product.findMany({ where: scope, orderBy: byName, select: { id: true, name: true, description: true, department: named } }),
      () => tx.businessFunction.findMany({
        where: scope,
        orderBy: byName,
        select: {
          id: true, name: true, description: true, impactGrid: true, costPerHour: true,
          mtdMinutes: true, rtoMinutes: true, rpoMinutes: true, wrtMinutes: true,
          mtdOverrideReason: true, rtoOverrideReason: true, manualRank: true, manualRankReason: true,
          vitalRecords: true, product: named, department: named, tier: named,
          systems: { select: named.select, orderBy: byName },
          keyPeople: { select: named.select, orderBy: byName },
          vendors: { select: { id: true, label: true }, orderBy: [{ label: "asc" }, { id: "asc" }] },
          facilities: { select: named.select, orderBy: byName },
        },
      }),
      () => tx.recoveryTier.findMany({ where: scope, orderBy: [{ maxRtoMinutes: "asc" }, { id: "asc" }], select: { id: true, name: true, maxRtoMinutes: true, description: true } }),
      () => tx.consistencyGroup.findMany({
        where: scope,
        orderBy: [{ key: "asc" }],
        select: { id: true, key: true, name: true, maxSkewMinutes: true, systems: { select: named.select, orderBy: byName } },
      }),
      () => tx.system.findMany({
        where: scope,
        orderBy: byName,
        select: { id: true, name: true, kind: true, ownerPerson: named, ownerText: true, description: true, hostName: true, ramMiB: true, usedGB: true, site: named },
      }),
      () => tx.planSection.findMany({ where: scope, orderBy: [{ key: "asc" }], select: { id: true, key: true, body: true } }),
      () => tx.inventoryRegister.findMany({ where: scope, orderBy: [{ kind: "asc" }], select: { id: true, kind: true, lastReviewedAt: true, owner: named } }),
      () => tx.inventoryItem.findMany({
        where: scope,
        orderBy: [{ kind: "asc" }, { label: "asc" }, { id: "asc" }],
        select: { id: true, kind: true, label: true, data: true, expiresOn: true },
      }),
      () => tx.exercise.findMany({
        where: scope,
        orderBy: [{ conductedOn: "asc" }, { id: "asc" }],
        select: {
          id: true, type: true, title: true, conductedOn: true, objectives: true, successCriteria: true, narrative: true, result: true,
          functions: { select: named.select, orderBy: byName },
          systems: { select: named.select, orderBy: byName },
          scenarios: { select: { id: true, key: true, name: true }, orderBy: [{ key: "asc" }] },
          participants: { select: named.select, orderBy: byName },
          measurements: {
            orderBy: [{ systemId: "asc" }, { locationKey: "asc" }],
            select: {
              id: true, locationKey: true, restoreMinutes: true, dataLossMinutes: true, usedGB: true, notes: true, system: named,
              targetsRecorded: true, rtoTargetMinutes: true, rpoTargetMinutes: true,
            },
          },
          attachments: { orderBy: [{ fileName: "asc" }, { id: "asc" }], select: { id: true, fileName: true, contentType: true, sizeBytes: true, sha256: true } },
        },
      }),
      () => tx.finding.findMany({
        where: scope,
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          id: true, description: true, severity: true, dueOn: true, status: true, closedNote: true, closedAt: true, owner: named, exercise: { select: { id: true, title: true } },
          incident: { select: { id: true, title: true } },
        },
      }),
    ] as const);
  const { model, names, unmodelled, incomplete, cutDependencies, inheritedRto, leftOutGroups } = toRecoveryModel(await loadRecoveryRows(tx, scope), now);
  const parsed = parseModel(model, { bounded: true });
  return {
    // 2: ERT roles record whether they lead the response, so a role without the mark does not
    // lead; a format-1 snapshot may be older than the mark and not say (decision 65, diff.ts).
    format: 2,
    organization: plan.org.name,
    plan: { id: plan.id, name: plan.name, description: plan.description, sponsor: plan.sponsor, endorsedOn: plan.endorsedOn, testCadenceDays: plan.testCadenceDays },
    committee: { members: committee, ertRoles: ertRoles.map(withLead) },
    risks: { threats, scenarios },
    bia: {
      // The organisation's impact categories when the snapshot was taken (the grids' rows, with
      // their names then); older snapshots were taken before categories were configurable and
      // lack them. A grid's ratings in other categories are kept, not shown.
      impactCategories: storedCategories(plan.org.impactCategories) as ImpactCategory[] | undefined,
      products,
      functions,
    },
    priorities: { tiers, consistencyGroups: groups },
    // A system's owner by name, as snapshots have always held it: the person's, or the text typed
    // while owners were free text (docs/decisions/0035), so that a version taken before and one
    // taken after owners became people compare equal where the owner is the same.
    systems: systems.map(({ ownerPerson, ownerText, ...system }) => ({ ...system, owner: ownerPerson?.name ?? ownerText })),
    sections,
    inventories: { registers, items },
    // A corrective action names the incident it came from (decision 58); other findings hold no
    // such key, so a version frozen before it compares equal where nothing changed.
    tests: {
      exercises: exercises.map((e) => ({ ...e, measurements: e.measurements.map(withRecordedTargets) })),
      findings: findings.map(({ incident, ...f }) => (incident ? { ...f, incident } : f)),
    },
    // The recovery model and the engine's assessment at the moment of the snapshot.
    recovery: {
      model,
      unmodelled,
      // VMs left out for missing memory or used size, and dependencies on left-out systems; older
      // snapshots were taken before these were recorded and lack them.
      incomplete: incomplete as IncompleteSystem[] | undefined,
      cutDependencies: cutDependencies as CutDependency[] | undefined,
      // RTO targets passed down from a dependent system, with where they come from (the model
      // carries only the number); snapshots taken before targets flowed down lack it.
      inheritedRto: inheritedRto as InheritedRto[] | undefined,
      // Consistency groups left out of the model for having fewer than two systems in it; older
      // snapshots lack it (their model passed such a group to the engine).
      leftOutGroups: leftOutGroups as LeftOutGroup[] | undefined,
      // The backup locations' names by key, which the model knows only by key: the PDF names the
      // location a measured restore came from as the test's page does. Older snapshots lack it.
      locationNames: (names.locations ?? {}) as Record<string, string> | undefined,
      assessment: parsed.ok ? assess(parsed.model, { names }) : null,
      issues: parsed.ok ? [] : parsed.issues,
    },
  };
}

export type PlanSnapshot = Awaited<ReturnType<typeof buildSnapshot>>;
