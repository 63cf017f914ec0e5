/**
 * A generated report input of any size, for the renderer's tests and its benchmark (a plan of
 * 2,000 systems and 300 functions must render well within the job's time). The assessment is
 * synthetic but consistent: every seventh system misses its RTO in the site-loss scenario.
 */
import type { Assessment, ScenarioSystem } from "@/lib/engine/types";
import { allRegisters } from "@/lib/inventories/registers";
import { DEFAULT_IMPACT_CATEGORIES } from "@/lib/bia/impact";
import type { ReportInput, ReportSnapshot } from "@/lib/reports/report-input";

const ISO = "2026-11-25T12:00:00.000Z";

export function systemName(i: number): string {
  return `SYS-${String(i).padStart(4, "0")}`;
}

function person(i: number) {
  return { id: `person-${i}`, name: `Person ${i}`, jobTitle: "Operations lead", email: `person${i}@example.test`, workPhone: "0117 496 0000", mobilePhone: "07700 900000", afterHoursPhone: "" };
}

function assessment(systems: number, functions: number): Assessment {
  const scenario = (id: string, affectedEvery: number) => {
    const list: ScenarioSystem[] = Array.from({ length: systems }, (_, i) => {
      const affected = i % affectedEvery === 0;
      const restoreStart = 30 + (i % 50) * 6;
      const transferEnd = restoreStart + 20 + (i % 13) * 9;
      const ready = transferEnd + 15;
      const target = i % 7 === 0 ? Math.max(30, ready - 60) : ready + 120;
      return {
        id: systemName(i),
        affected,
        rpo: { worstCaseMinutes: 1500, atDisasterMinutes: null, target: 1440, status: affected ? "breached" : "not-affected", location: "nas" },
        rto: affected
          ? { achievableMinutes: ready, target, status: ready > target ? "breached" : "met", restoreStart, transferEnd, ready, host: "standby", source: "estimate" }
          : { achievableMinutes: 0, target, status: "not-affected", restoreStart: null, transferEnd: null, ready: null, host: "hv1", source: null },
      };
    });
    return {
      id,
      systems: list,
      hosts: [{ id: "standby", demandMiB: systems * 4096, availableMiB: 65536, unplaced: [] }],
      consistencyGroups: [],
      processes: Array.from({ length: functions }, (_, i) => ({ id: `Function ${i}`, rtoMinutes: 240, mtdOk: i % 11 !== 0, slackMinutes: i % 11 === 0 ? -60 : 600 })),
    };
  };
  const sites = scenario("site-loss", 1);
  return {
    version: 1,
    assessedAt: ISO,
    systems: Array.from({ length: systems }, (_, i) => ({ id: systemName(i), currentAge: i % 9 === 0 ? { minutes: null, status: "no-evidence" } : { minutes: 600, status: "compliant" } })),
    scenarios: [sites, scenario("vm-loss", systems + 1)],
    findings: sites.systems
      .filter((x) => x.rto.status === "breached")
      .map((x) => ({
        severity: "error" as const,
        code: "RTO_BREACHED" as const,
        scenario: "site-loss",
        system: x.id,
        message: `${x.id} is ready after ${x.rto.ready} min, later than its RTO of ${x.rto.target} min: restore it earlier or add a replica.`,
      })),
  };
}

export function sampleReportInput({ systems = 8, functions = 5, itemsPerRegister = 3, draft = false }: { systems?: number; functions?: number; itemsPerRegister?: number; draft?: boolean } = {}): ReportInput {
  const registers = allRegisters();
  const snapshot: ReportSnapshot = {
    format: 2,
    organization: "Harbour Lane Foods",
    plan: { id: "plan-1", name: "Bristol operations", description: "Head office and warehouse in Bristol.", sponsor: person(0), endorsedOn: ISO, testCadenceDays: 180 },
    committee: {
      members: [{ id: "cm-1", role: "chair", functionalArea: "Operations", person: person(1) }],
      ertRoles: [{ id: "ert-1", title: "Incident commander", responsibilities: "Declares the disaster.", leadsResponse: true, primary: person(1), alternate: person(2) }],
    },
    risks: {
      threats: Array.from({ length: 12 }, (_, i) => ({
        id: `threat-${i}`, category: "technical" as const, title: `Threat ${i}`, description: "", likelihood: (i % 5) + 1, impact: ((i * 2) % 5) + 1,
        existingControls: "Backups", mitigation: "Replica", residualLikelihood: 1, residualImpact: ((i * 2) % 5) + 1, owner: { id: "person-1", name: "Person 1" },
      })),
      scenarios: [
        { id: "sc-1", key: "site-loss", name: "Head office lost", kind: "site" as const, description: "Fire at the head office.", at: null, declareMinutes: 30, containmentMinutes: 0, cleanBefore: null, lostHostKeys: [], lostSites: [], threats: [] },
        { id: "sc-2", key: "vm-loss", name: "One VM lost", kind: "system" as const, description: "", at: null, declareMinutes: 0, containmentMinutes: 0, cleanBefore: null, lostHostKeys: [], lostSites: [], threats: [] },
      ],
    },
    bia: {
      impactCategories: [...DEFAULT_IMPACT_CATEGORIES],
      products: [{ id: "prod-1", name: "Chilled deliveries", description: "Next-day deliveries to restaurants.", department: null }],
      functions: Array.from({ length: functions }, (_, i) => ({
        id: `fn-${i}`, name: `Function ${i}`, description: "", impactGrid: { financial: { "60": "minor", "240": "moderate", "1440": "severe" }, reputational: { "60": "none", "1440": "major" } },
        costPerHour: 1200, mtdMinutes: 1440, rtoMinutes: 240, rpoMinutes: 1440, wrtMinutes: 60, mtdOverrideReason: "", rtoOverrideReason: "",
        manualRank: null, manualRankReason: "", vitalRecords: ["Customer orders"], product: { id: "prod-1", name: "Chilled deliveries" }, department: null, tier: { id: "tier-1", name: "Tier 1" },
        systems: [{ id: "sys-0", name: systemName(i % Math.max(1, systems)) }], keyPeople: [], vendors: [], facilities: [],
      })),
    },
    priorities: { tiers: [{ id: "tier-1", name: "Tier 1", maxRtoMinutes: 240, description: "Restore first." }], consistencyGroups: [] },
    systems: Array.from({ length: systems }, (_, i) => ({ id: `sys-${i}`, name: systemName(i), kind: "vm", owner: "IT", description: "", hostName: "hv1", ramMiB: 4096, usedGB: 100, site: null })),
    sections: [
      { id: "s-1", key: "purpose", body: "This plan keeps Harbour Lane Foods delivering chilled food after a disaster." },
      { id: "s-2", key: "activation", body: "The incident commander declares a disaster." },
    ],
    inventories: {
      registers: registers.map((r) => ({ id: `reg-${r.kind}`, kind: r.kind, lastReviewedAt: ISO, owner: null })),
      items: registers.flatMap((r) =>
        Array.from({ length: itemsPerRegister }, (_, i) => ({
          id: `${r.kind}-${i}`, kind: r.kind, label: `${r.noun} ${i}`, expiresOn: null,
          data: Object.fromEntries(r.fields.map((f) => [f.key, f.type === "boolean" ? true : f.type === "number" || f.type === "integer" ? i : f.type === "date" ? "2026-12-01" : f.type === "person" ? `person-${i}` : f.options ? f.options[0] : `${f.label} ${i}`])),
        })),
      ),
    },
    tests: {
      exercises: [
        {
          id: "ex-1", type: "parallel" as const, title: "Restore test of the ERP", conductedOn: ISO, objectives: "", successCriteria: "", narrative: "Restored ERP-APP at the recovery site.", result: "passed_with_findings" as const,
          functions: [], systems: [], scenarios: [{ id: "sc-1", key: "site-loss", name: "Head office lost" }], participants: [],
          measurements: [{ id: "m-1", locationKey: "nas", restoreMinutes: 95, dataLossMinutes: 600, usedGB: 200, notes: "", system: { id: "sys-0", name: systemName(0) } }],
          attachments: [],
        },
      ],
      findings: [{ id: "f-1", description: "Restore runbook out of date", severity: "medium" as const, dueOn: ISO, status: "open" as const, closedNote: "", closedAt: null, owner: { id: "person-1", name: "Person 1" }, exercise: { id: "ex-1", title: "Restore test of the ERP" } }],
    },
    recovery: { model: { version: 1, assessedAt: ISO }, unmodelled: ["Microsoft 365"], incomplete: [], cutDependencies: [], inheritedRto: [], leftOutGroups: [], locationNames: {}, assessment: assessment(systems, functions), issues: [] },
  };
  const approvals = [
    { approver: "Daniel Okafor", email: "daniel.okafor@harbourlane.example", decision: "approved" as const, decidedAt: ISO, statement: "I approve version 1 of Bristol operations.", versionHash: "a".repeat(64), comment: "" },
  ];
  return {
    organization: "Harbour Lane Foods",
    marking: "",
    planName: "Bristol operations",
    version: draft ? null : { number: 1, status: "approved", submittedAt: ISO, submittedBy: "Priya Shah", note: "Reviewed with the site managers.", decidedAt: ISO, approvedForDays: 365, awaiting: [] },
    hash: draft ? "b".repeat(64) : "a".repeat(64),
    approvedVersion: draft ? { number: 1, hash: "a".repeat(64), decidedAt: ISO, approvedForDays: 365 } : null,
    reviewCadenceDays: 365,
    managementReview: { heldOn: "2026-10-15", nextReviewOn: "2027-04-15" },
    reviewPeriodDays: 365,
    changedSinceApproval: draft,
    planChangedSince: false,
    changesSinceApproval: draft
      ? [{ stage: "Systems", title: "IT systems", added: [], removed: [], changed: [{ id: "sys-0", label: systemName(0), fields: [{ field: "usedGB", label: "Used storage (GB)", before: "200", after: "250" }] }] }]
      : null,
    versions: [{ number: 1, status: "approved", submittedAt: ISO, submittedBy: "Priya Shah", decidedAt: ISO, hash: "a".repeat(64) }],
    approvals,
    snapshot,
    audit: null,
    generatedAt: ISO,
    people: Object.fromEntries(Array.from({ length: itemsPerRegister }, (_, i) => [`person-${i}`, `Person ${i}`])),
    contactsChanged: [],
  };
}
