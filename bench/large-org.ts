/**
 * A large organisation for the load benchmark, written straight into a fresh database in batches:
 * one plan with 2,000 systems (hosts, backup policies, copies, restore points, replicas, recovery
 * hosts: real work for the readiness dashboard), 300 business functions with impact grids,
 * targets and dependencies, 5 disaster scenarios, and every register of the plan with hundreds
 * of rows (threats, committee, ERT roles, the eighteen inventories, exercises with measured
 * restores, findings), plus members who can sign in. Deterministic: every run loads the same rows.
 */
import type { PrismaClient } from "../lib/generated/prisma/client";
import { hashPassword } from "../lib/auth/password";
import { DEFAULT_IMPACT_CATEGORIES } from "../lib/bia/impact";
import { allRegisters, type RegisterDef } from "../lib/inventories/registers";
import { expiryOf, itemSchema, labelOf } from "../lib/inventories/item-schema";
import { SECTION_KEYS } from "../lib/sections/section-keys";
import type { Role } from "../lib/auth/permissions";
import { readSystemTargets } from "../lib/priorities/load-system-targets";
import { targetMinutes } from "../lib/exercises/measurement-checker";

export const LARGE_ORG = { systems: 2000, functions: 300, scenarios: 5, rowsPerRegister: 200, users: 20 } as const;
export const BENCH_PASSWORD = "bench-password-2026";

export type LargeOrg = { orgId: string; planId: string; emails: string[]; rows: number };

const HOSTS = 40;
const POLICIES = 20;
const RESTORE_POINTS_PER_SYSTEM = 3;
const NOW = Date.now();
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const BATCH = 1000;

const pad = (n: number, width = 4) => String(n).padStart(width, "0");
const id = (kind: string, n: number) => `bench-${kind}-${pad(n, 5)}`;
const range = (n: number) => Array.from({ length: n }, (_, i) => i);
const dateOnly = (ms: number) => new Date(new Date(ms).toISOString().slice(0, 10) + "T00:00:00Z");

/** The implicit many-to-many tables Prisma made; "A" names the model first in alphabetical order. */
type LinkTable =
  | "_SystemDependencies"
  | "_PolicySystems"
  | "_FunctionSystems"
  | "_FunctionKeyPeople"
  | "_FunctionFacilities"
  | "_FunctionVendors"
  | "_ConsistencyGroupToSystem"
  | "_ScenarioThreats"
  | "_ScenarioLostSites"
  | "_ExerciseSystems"
  | "_ExerciseFunctions"
  | "_ExerciseScenarios"
  | "_ExerciseParticipants";

async function link(db: PrismaClient, table: LinkTable, pairs: Array<[string, string]>): Promise<number> {
  for (let i = 0; i < pairs.length; i += BATCH) {
    const chunk = pairs.slice(i, i + BATCH);
    await db.$executeRawUnsafe(
      `INSERT INTO "${table}" ("A", "B") SELECT * FROM unnest($1::text[], $2::text[])`,
      chunk.map(([a]) => a),
      chunk.map(([, b]) => b),
    );
  }
  return pairs.length;
}

/** createMany in batches, so no statement carries more bind parameters than Postgres allows. */
async function insert<T>(create: (data: T[]) => Promise<unknown>, rows: T[]): Promise<number> {
  for (let i = 0; i < rows.length; i += BATCH) await create(rows.slice(i, i + BATCH));
  return rows.length;
}

/** A value for each field as a user would type it, read through the register's own schema. */
function inventoryItem(register: RegisterDef, i: number, personIds: string[], personName: (id: string) => string) {
  const day = (offset: number) => new Date(NOW + offset * DAY).toISOString().slice(0, 10);
  const input = Object.fromEntries(
    register.fields.map((f, k) => {
      switch (f.type) {
        case "boolean":
          return [f.key, i % 3 ? "yes" : "no"];
        case "number":
        case "integer":
          return [f.key, String(1 + (i % 97))];
        // A day that has happened (issued, acknowledged, last tested) is never in the future, and
        // one that may not come before another (acknowledged after issued) falls on the same day.
        case "date":
          return [f.key, f.past ? day(-1 - (i % 400)) : day((i % 400) - 30)];
        case "phone":
          return [f.key, `0117 496 ${pad(i % 10000)}`];
        case "email":
          return [f.key, `contact${i}@${register.kind.replace(/_/g, "-")}.example`];
        // Each person field of a row a different person: a backup is never the post holder.
        case "person":
          return [f.key, personIds[(i + k) % personIds.length]];
        case "version":
          return [f.key, "1"];
        case "select":
          return [f.key, f.options?.[i % f.options.length] ?? ""];
        case "longtext":
          return [f.key, `${f.label} for row ${i}: what to do, who to call and where the spare is kept.`];
        default:
          return [f.key, `${f.label} ${i}`];
      }
    }),
  );
  const data = itemSchema(register).parse(input);
  return { data, label: labelOf(register, data, personName), expiresOn: expiryOf(register, data) };
}

export async function seedLargeOrg(db: PrismaClient): Promise<LargeOrg> {
  const { systems: SYSTEMS, functions: FUNCTIONS, rowsPerRegister: ROWS, users: USERS } = LARGE_ORG;
  let rows = 0;
  const org = await db.organization.create({ data: { name: "Northwind Logistics Group", slug: "northwind-bench", timezone: "Europe/London" } });
  const orgId = org.id;

  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const roles: Role[] = ["admin", "committee", "executive", "auditor"];
  const emails = range(USERS).map((u) => `member${pad(u, 2)}@northwind.example`);
  rows += await insert((data) => db.user.createMany({ data }), emails.map((email, u) => ({ id: id("user", u), email, name: `Member ${u}`, passwordHash })));
  rows += await insert((data) => db.membership.createMany({ data }), emails.map((_, u) => ({ orgId, userId: id("user", u), role: roles[u % roles.length] })));

  const departments = range(12).map((d) => ({ id: id("dept", d), orgId, name: `Department ${pad(d, 2)}`, head: `Head of department ${d}` }));
  rows += await insert((data) => db.department.createMany({ data }), departments);
  const siteNames = ["Leeds head office", "Sheffield depot", "Manchester recovery site", "Off-site vault"];
  const sites = siteNames.map((name, s) => ({ id: id("site", s), orgId, name, kind: s === 2 ? "recovery" : "office" }));
  rows += await insert((data) => db.site.createMany({ data }), sites);
  const people = range(ROWS * 2).map((p) => ({
    id: id("person", p),
    orgId,
    name: `Person ${pad(p)}`,
    jobTitle: `Role ${p % 40}`,
    departmentId: departments[p % departments.length].id,
    email: `person${p}@northwind.example`,
    workPhone: `0113 496 ${pad(p)}`,
    mobilePhone: `07700 9${pad(p, 5)}`,
    afterHoursPhone: `07700 8${pad(p, 5)}`,
  }));
  rows += await insert((data) => db.person.createMany({ data }), people);
  const personIds = people.map((p) => p.id);
  const personName = (pid: string) => people.find((p) => p.id === pid)?.name ?? "";

  const plan = await db.plan.create({
    data: { orgId, name: "Group operations", description: "Every depot, the head office and the systems they run on.", sponsorId: personIds[0], endorsedOn: new Date(NOW - 60 * DAY) },
  });
  const planId = plan.id;
  const scope = { orgId, planId };

  // Committee and emergency response team.
  rows += await insert((data) => db.committeeMember.createMany({ data }), range(ROWS).map((c) => ({ ...scope, personId: personIds[c], functionalArea: `Area ${c % 20}`, role: c === 0 ? ("chair" as const) : c === 1 ? ("coordinator" as const) : ("member" as const) })));
  rows += await insert(
    (data) => db.ertRole.createMany({ data }),
    range(ROWS).map((r) => ({ ...scope, title: `ERT role ${pad(r)}`, responsibilities: `Leads response task ${r} and reports every hour.`, primaryId: personIds[r], alternateId: personIds[ROWS + r], sortOrder: r })),
  );

  // Risks: the threat register and the five scenarios the engine assesses.
  const threats = range(ROWS + 100).map((t) => ({
    id: id("threat", t),
    ...scope,
    category: (["natural", "technical", "human"] as const)[t % 3],
    title: `Threat ${pad(t)}`,
    description: `What could happen in case ${t}.`,
    likelihood: 1 + (t % 5),
    impact: 1 + ((t * 3) % 5),
    existingControls: "Monitoring and nightly backups.",
    mitigation: "Replicate, test, train.",
    ownerId: personIds[t % personIds.length],
    residualLikelihood: 1 + (t % 3),
    residualImpact: 1 + (t % 4),
  }));
  rows += await insert((data) => db.threat.createMany({ data }), threats);
  const hostKey = (h: number) => `hv${pad(h, 2)}`;
  const scenarios = [
    { key: "host-loss", name: "Two hosts lost", kind: "host" as const, lostHostKeys: [hostKey(0), hostKey(1)], declareMinutes: 15 },
    { key: "ransomware", name: "Ransomware", kind: "ransomware" as const, at: new Date(NOW - 5 * DAY), cleanBefore: new Date(NOW - 7 * DAY), declareMinutes: 60, containmentMinutes: 240 },
    { key: "site-a", name: "Leeds head office lost", kind: "site" as const, at: new Date(NOW - DAY), declareMinutes: 30 },
    { key: "site-b", name: "Sheffield depot lost", kind: "site" as const, declareMinutes: 30 },
    { key: "vm-loss", name: "One VM lost", kind: "system" as const, declareMinutes: 0 },
  ].map((s, i) => ({ id: id("scenario", i), ...scope, description: `Scenario ${s.name}.`, ...s }));
  rows += await insert((data) => db.scenario.createMany({ data }), scenarios);
  rows += await link(db, "_ScenarioLostSites", [[scenarios[2].id, sites[0].id], [scenarios[3].id, sites[1].id]]);
  rows += await link(db, "_ScenarioThreats", scenarios.flatMap((s, i) => range(20).map((t): [string, string] => [s.id, threats[i * 20 + t].id])));

  // Recovery estate: hosts and locations on the two production sites, a standby host at the DR site.
  const hosts = [
    ...range(HOSTS).map((h) => ({ id: id("host", h), ...scope, key: hostKey(h), name: `Hypervisor ${hostKey(h)}`, siteId: sites[h % 2].id, ramMiB: 262144, reservedMiB: 8192, readyAfterMinutes: 0 })),
    { id: id("host", HOSTS), ...scope, key: "standby", name: "DR standby cluster", siteId: sites[2].id, ramMiB: 4 * 1048576, reservedMiB: 8192, readyAfterMinutes: 60 },
  ];
  rows += await insert((data) => db.host.createMany({ data }), hosts);
  const locations = [
    { key: "nas-a", siteId: sites[0].id, online: true, immutableDays: 0, throughputMBps: 400, streamMBps: 200, maxStreams: 4, retrievalMinutes: 0 },
    { key: "nas-b", siteId: sites[1].id, online: true, immutableDays: 0, throughputMBps: 400, streamMBps: 200, maxStreams: 4, retrievalMinutes: 0 },
    { key: "cloud", siteId: sites[2].id, online: true, immutableDays: 30, throughputMBps: 1000, streamMBps: 100, maxStreams: 16, retrievalMinutes: 15 },
    { key: "tape", siteId: sites[3].id, online: false, immutableDays: 0, throughputMBps: 300, streamMBps: 300, maxStreams: 2, retrievalMinutes: 240 },
  ].map((l, i) => ({ id: id("location", i), ...scope, name: `Backup store ${l.key}`, ...l }));
  rows += await insert((data) => db.backupLocation.createMany({ data }), locations);

  const systems = range(SYSTEMS).map((s) => ({
    id: id("system", s),
    ...scope,
    name: `VM-${pad(s)}`,
    kind: "vm",
    ownerPersonId: personIds[s % personIds.length],
    description: `Application server ${s}.`,
    siteId: sites[s % 2].id,
    hostId: hosts[s % HOSTS].id,
    hostName: hostKey(s % HOSTS),
    ramMiB: 2048 + (s % 4) * 2048,
    usedGB: 40 + (s % 25) * 20,
    bootMinutes: 5,
    verifyMinutes: 10,
    priority: 1 + (s % 5),
  }));
  rows += await insert((data) => db.system.createMany({ data }), systems);
  // Dependencies stay inside clusters of 20: each system depends on its cluster's first one.
  rows += await link(db, "_SystemDependencies", systems.flatMap((sys, s): Array<[string, string]> => (s % 20 ? [[systems[s - (s % 20)].id, sys.id]] : [])));
  rows += await insert(
    (data) => db.systemRecoveryHost.createMany({ data }),
    systems.filter((_, s) => s % 2 === 0).map((sys) => ({ orgId, systemId: sys.id, scenarioId: scenarios[2].id, hostId: hosts[HOSTS].id })),
  );

  const policies = range(POLICIES).map((p) => ({
    id: id("policy", p),
    ...scope,
    key: `policy-${pad(p, 2)}`,
    name: `Nightly backup ${p}`,
    cron: p % 4 === 3 ? null : `0 ${20 + (p % 4)} * * *`,
    timezone: "Europe/London",
    everyMinutes: p % 4 === 3 ? 720 : null,
    anchor: p % 4 === 3 ? new Date("2026-01-01T00:00:00Z") : null,
    windowMinutes: 60,
    targetId: locations[p % 2].id,
  }));
  rows += await insert((data) => db.backupPolicy.createMany({ data }), policies);
  rows += await insert(
    (data) => db.policyCopy.createMany({ data }),
    policies.flatMap((p, i) => [
      { orgId, policyId: p.id, toId: locations[2].id, mode: "scheduled" as const, lagMinutes: 60, cron: "0 6 * * *", timezone: "UTC", sortOrder: 0 },
      ...(i % 2 ? [] : [{ orgId, policyId: p.id, toId: locations[3].id, mode: "rotation" as const, lagMinutes: 0, cron: "0 17 * * 5", timezone: "Europe/London", sortOrder: 1 }]),
    ]),
  );
  rows += await link(db, "_PolicySystems", systems.map((sys, s): [string, string] => [policies[s % POLICIES].id, sys.id]));
  rows += await insert((data) => db.replica.createMany({ data }), systems.filter((_, s) => s % 50 === 0).map((sys) => ({ ...scope, systemId: sys.id, locationId: locations[2].id, lagMinutes: 5 })));
  rows += await insert(
    (data) => db.restorePoint.createMany({ data }),
    systems.flatMap((sys, s) =>
      range(RESTORE_POINTS_PER_SYSTEM).map((k) => {
        const pointInTime = new Date(NOW - (10 + (s % 5) * 6 + k * 24) * HOUR);
        return { ...scope, systemId: sys.id, locationId: locations[s % 2].id, pointInTime, usableAt: new Date(pointInTime.getTime() + HOUR), sizeGB: sys.usedGB };
      }),
    ),
  );
  const groups = range(40).map((g) => ({ id: id("group", g), ...scope, key: `group-${pad(g, 2)}`, name: `Consistency group ${g}`, maxSkewMinutes: 15 }));
  rows += await insert((data) => db.consistencyGroup.createMany({ data }), groups);
  rows += await link(db, "_ConsistencyGroupToSystem", groups.flatMap((g, i) => range(4).map((k): [string, string] => [g.id, systems[i * 50 + k].id])));

  // Business impact analysis and priorities.
  const tiers = [240, 1440, 4320, 20160].map((max, t) => ({ id: id("tier", t), ...scope, name: `Tier ${t}`, maxRtoMinutes: max, description: `Back within ${max / 60} hours.` }));
  rows += await insert((data) => db.recoveryTier.createMany({ data }), tiers);
  const products = range(40).map((p) => ({ id: id("product", p), ...scope, name: `Service ${pad(p, 2)}`, description: `Customer service line ${p}.`, departmentId: departments[p % departments.length].id }));
  rows += await insert((data) => db.product.createMany({ data }), products);
  const ratings = ["none", "minor", "moderate", "major", "severe"];
  const horizons = [60, 240, 1440, 4320, 10080, 20160];
  const functions = range(FUNCTIONS).map((f) => ({
    id: id("function", f),
    ...scope,
    name: `Business function ${pad(f)}`,
    description: `Process ${f} of ${departments[f % departments.length].name}.`,
    productId: products[f % products.length].id,
    departmentId: departments[f % departments.length].id,
    impactGrid: Object.fromEntries(DEFAULT_IMPACT_CATEGORIES.map(({ key }, ci) => [key, Object.fromEntries(horizons.map((h, hi) => [String(h), ratings[Math.min(4, Math.floor((hi + ci + (f % 3)) / 2))]]))])),
    costPerHour: 500 + (f % 20) * 250,
    mtdMinutes: [480, 1440, 2880, 4320][f % 4],
    rtoMinutes: [240, 720, 1440, 2880][f % 4],
    rpoMinutes: f % 3 ? 1440 : 240,
    wrtMinutes: 120,
    tierId: f % 5 ? null : tiers[f % 4].id,
    vitalRecords: [`Records of process ${f}`],
  }));
  rows += await insert((data) => db.businessFunction.createMany({ data }), functions);
  rows += await link(db, "_FunctionSystems", functions.flatMap((fn, f) => range(10).map((k): [string, string] => [fn.id, systems[(f * 7 + k * 197) % SYSTEMS].id])));
  rows += await link(db, "_FunctionKeyPeople", functions.flatMap((fn, f) => [[fn.id, personIds[f % personIds.length]], [fn.id, personIds[(f + 1) % personIds.length]]] as Array<[string, string]>));
  rows += await link(db, "_FunctionFacilities", functions.map((fn, f): [string, string] => [fn.id, sites[f % 2].id]));
  rows += await insert((data) => db.planSection.createMany({ data }), SECTION_KEYS.map((key) => ({ ...scope, key, body: `The ${key.replace(/_/g, " ")} of the group plan. `.repeat(40) })));

  // The eighteen inventories, each with an owner and hundreds of rows.
  const registers = allRegisters();
  rows += await insert((data) => db.inventoryRegister.createMany({ data }), registers.map((r, i) => ({ ...scope, kind: r.kind, ownerId: personIds[i], lastReviewedAt: new Date(NOW - (i * 30) * DAY) })));
  const items = registers.flatMap((register) =>
    range(ROWS).map((i) => ({ id: id(`item-${register.kind}`, i), ...scope, kind: register.kind, ...inventoryItem(register, i, personIds, personName) })),
  );
  rows += await insert((data) => db.inventoryItem.createMany({ data }), items);
  const vendors = items.filter((item) => item.kind === "vendors");
  rows += await link(db, "_FunctionVendors", functions.map((fn, f): [string, string] => [fn.id, vendors[f % vendors.length].id]));

  // Tests and exercises: measured restores, findings, who took part.
  const exercises = range(ROWS).map((e) => ({
    id: id("exercise", e),
    ...scope,
    type: (["checklist", "walkthrough", "simulation", "parallel", "full_interruption"] as const)[e % 5],
    title: `Exercise ${pad(e)}`,
    conductedOn: new Date(NOW - (e + 1) * 2 * DAY),
    objectives: "Restore the systems in scope and time it.",
    successCriteria: "Within the RTO.",
    narrative: `Exercise ${e} went as planned apart from the findings below.`,
    result: (["passed", "passed_with_findings", "failed"] as const)[e % 3],
  }));
  rows += await insert((data) => db.exercise.createMany({ data }), exercises);
  // Recorded with their systems' targets, as the app records them (decision 45).
  const targets = await readSystemTargets(db, scope);
  rows += await insert(
    (data) => db.exerciseMeasurement.createMany({ data }),
    exercises.map((ex, e) => {
      const system = systems[(e * 10) % SYSTEMS];
      const { rtoMinutes, rpoMinutes } = targetMinutes(targets.get(system.id));
      return {
        orgId,
        exerciseId: ex.id,
        systemId: system.id,
        locationKey: locations[((e * 10) % SYSTEMS) % 2].key,
        restoreMinutes: 30 + (e % 60),
        usedGB: system.usedGB,
        targetsRecorded: true,
        rtoTargetMinutes: rtoMinutes,
        rpoTargetMinutes: rpoMinutes,
      };
    }),
  );
  rows += await link(db, "_ExerciseSystems", exercises.map((ex, e): [string, string] => [ex.id, systems[(e * 10) % SYSTEMS].id]));
  rows += await link(db, "_ExerciseFunctions", exercises.map((ex, e): [string, string] => [functions[e % FUNCTIONS].id, ex.id]));
  rows += await link(db, "_ExerciseScenarios", exercises.map((ex, e): [string, string] => [ex.id, scenarios[e % scenarios.length].id]));
  rows += await link(db, "_ExerciseParticipants", exercises.flatMap((ex, e) => range(3).map((k): [string, string] => [ex.id, personIds[(e + k) % personIds.length]])));
  rows += await insert(
    (data) => db.finding.createMany({ data }),
    range(ROWS + 100).map((f) => ({
      ...scope,
      exerciseId: exercises[f % exercises.length].id,
      description: `Finding ${pad(f)}: the runbook step ${f % 12} was out of date.`,
      severity: (["low", "medium", "high", "critical"] as const)[f % 4],
      ownerId: personIds[f % personIds.length],
      dueOn: dateOnly(NOW + ((f % 120) - 30) * DAY),
      status: (["open", "in_progress", "closed"] as const)[f % 3],
      closedNote: f % 3 === 2 ? "Fixed and re-tested." : "",
      closedAt: f % 3 === 2 ? new Date(NOW - DAY) : null,
    })),
  );
  return { orgId, planId, emails, rows };
}
