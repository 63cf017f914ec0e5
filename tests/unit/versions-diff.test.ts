import { describe, expect, it } from "vitest";
import { diffSnapshots, recordedChanges } from "@/lib/versions/diff";
import { DEFAULT_IMPACT_CATEGORIES } from "@/lib/bia/impact";
import { snapshotContent } from "@/lib/versions/snapshot-content";

const HEALTH = { key: "health_and_safety", label: "Health and safety" };

const base = {
  plan: { id: "p", name: "Bristol", description: "" },
  risks: { threats: [{ id: "t1", title: "Flood", likelihood: 2 }, { id: "t2", title: "Fire", likelihood: 1 }], scenarios: [] },
  committee: { members: [{ id: "m1", role: "chair", person: { id: "x", name: "Priya Shah" } }], ertRoles: [] },
};

describe("snapshot diff", () => {
  it("reports added, removed and changed records per stage with the changed fields", () => {
    const next = {
      ...base,
      plan: { id: "p", name: "Bristol operations", description: "" },
      risks: { threats: [{ id: "t1", title: "Flood", likelihood: 4 }, { id: "t3", title: "Ransomware", likelihood: 3 }], scenarios: [] },
    };
    expect(diffSnapshots(base, next)).toEqual([
      { stage: "Plan", title: "Plan details", added: [], removed: [], changed: [{ id: "p", label: "Bristol operations", fields: [{ field: "name", label: "Name", before: "Bristol", after: "Bristol operations" }] }] },
      {
        stage: "Risk assessment",
        title: "Threats",
        added: [{ id: "t3", label: "Ransomware" }],
        removed: [{ id: "t2", label: "Fire" }],
        changed: [{ id: "t1", label: "Flood", fields: [{ field: "likelihood", label: "Likelihood", before: "2", after: "4" }] }],
      },
    ]);
  });

  it("treats everything as added when there is no earlier version, and nothing when equal", () => {
    const first = diffSnapshots(null, base);
    expect(first.map((d) => [d.title, d.added.map((a) => a.label)])).toEqual([
      ["Plan details", ["Bristol"]],
      ["Committee members", ["Priya Shah"]],
      ["Threats", ["Flood", "Fire"]],
    ]);
    expect(diffSnapshots(base, structuredClone(base))).toEqual([]);
  });

  it("shows an ERT role marked or unmarked as leading the response between versions that record the mark", () => {
    const team = (...roles: Record<string, unknown>[]) => ({ ...base, format: 2, committee: { ...base.committee, ertRoles: roles } });
    const lead = { id: "r1", title: "Incident lead", responsibilities: "Runs the response." };
    const marked = diffSnapshots(team(lead), team({ ...lead, leadsResponse: true })).find((d) => d.title === "Emergency response roles");
    expect(marked?.changed).toEqual([{ id: "r1", label: "Incident lead", fields: [{ field: "leadsResponse", label: "Leads the response", before: "no", after: "yes" }] }]);
    const unmarked = diffSnapshots(team({ ...lead, leadsResponse: true }), team(lead)).find((d) => d.title === "Emergency response roles");
    expect(unmarked?.changed[0].fields).toEqual([{ field: "leadsResponse", label: "Leads the response", before: "yes", after: "no" }]);
    expect(recordedChanges([marked!, unmarked!])).toHaveLength(2);
    // A format-1 version frozen after the mark existed records it too: one of its roles holds it.
    const deputy = { id: "r2", title: "Deputy", responsibilities: "Stands in." };
    const older = { ...team({ ...lead, leadsResponse: true }, deputy), format: 1 };
    expect(diffSnapshots(older, team({ ...lead, leadsResponse: true }, { ...deputy, leadsResponse: true }))[0].changed[0].fields).toEqual([
      { field: "leadsResponse", label: "Leads the response", before: "no", after: "yes" },
    ]);
  });

  it("shows a version frozen before the mark as not recording it: no change of what was approved (decision 65)", () => {
    const lead = { id: "r1", title: "Incident lead", responsibilities: "Declares the incident." };
    const before = { ...base, format: 1, committee: { ...base.committee, ertRoles: [lead] } };
    const now = { ...base, format: 2, committee: { ...base.committee, ertRoles: [{ ...lead, leadsResponse: true }] } };
    const diff = diffSnapshots(before, now);
    expect(diff).toEqual([
      {
        stage: "Committee and ERT",
        title: "Emergency response roles",
        added: [],
        removed: [],
        changed: [{ id: "r1", label: "Incident lead", fields: [{ field: "leadsResponse", label: "Leads the response", before: "not recorded", after: "yes", unrecorded: true }] }],
      },
    ]);
    expect(recordedChanges(diff)).toEqual([]);
    // Compared the other way, the older side is the one that does not say.
    expect(diffSnapshots(now, before)[0].changed[0].fields).toMatchObject([{ before: "yes", after: "not recorded", unrecorded: true }]);
    // A role that does not lead reads alike in both, and a change beside it still counts.
    expect(diffSnapshots(before, { ...now, committee: { ...now.committee, ertRoles: [lead] } })).toEqual([]);
    const renamed = diffSnapshots(before, { ...now, committee: { ...now.committee, ertRoles: [{ ...lead, title: "Incident commander", leadsResponse: true }] } });
    expect(recordedChanges(renamed)[0].changed[0].fields.map((f) => f.label)).toEqual(["Title"]);
  });

  it("names an inventory register by its title, never by its database id", () => {
    const withRegister = { ...base, inventories: { registers: [{ id: "cmwxvyj1p003", kind: "vendors", lastReviewedAt: null, owner: null }], items: [] } };
    const registers = diffSnapshots(base, withRegister).find((d) => d.title === "Registers");
    expect(registers?.added).toEqual([{ id: "cmwxvyj1p003", label: "Master vendor list" }]);
  });

  it("names the written plan's sections by their titles, never by their keys", () => {
    const sections = (bodies: Record<string, string>) => ({ ...base, sections: Object.entries(bodies).map(([key, body]) => ({ id: `s-${key}`, key, body })) });
    const first = diffSnapshots(null, sections({ activation: "Call the duty manager.", concept_of_operations: "The chair leads." })).find((d) => d.title === "Sections");
    expect(first?.added.map((a) => a.label)).toEqual(["Activation and notification", "Concept of operations"]);
    const edited = diffSnapshots(sections({ purpose: "Keep the cold store running." }), sections({ purpose: "Keep the cold store at -18 °C." })).find((d) => d.title === "Sections");
    expect(edited?.changed.map((c) => c.label)).toEqual(["Purpose"]);
  });

  it("labels fields and shows their values in words: dates, people, empty values", () => {
    const before = { tests: { findings: [{ id: "f1", description: "USB drive old", status: "open", closedAt: null, closedNote: "", owner: { id: "x", name: "Alex Morgan" } }] } };
    const after = { tests: { findings: [{ id: "f1", description: "USB drive old", status: "closed", closedAt: "2026-11-20T00:00:00.000Z", closedNote: "Rotated weekly now", owner: { id: "y", name: "Priya Shah" } }] } };
    expect(diffSnapshots(before, after)[0].changed[0].fields).toEqual([
      { field: "closedAt", label: "Closed on", before: "—", after: "20 Nov 2026" },
      { field: "closedNote", label: "How it was closed", before: "—", after: "Rotated weekly now" },
      { field: "owner", label: "Owner", before: "Alex Morgan", after: "Priya Shah" },
      { field: "status", label: "Status", before: "open", after: "closed" },
    ]);
  });
});

describe("snapshot diff of targets and money", () => {
  it("shows a function's changed targets and cost as the BIA pages do, not as minutes and bare numbers", () => {
    const fn = (fields: object) => ({ bia: { products: [], functions: [{ id: "f1", name: "Cold store monitoring", ...fields }] } });
    const before = fn({ rtoMinutes: 240, mtdMinutes: 10080, costPerHour: 1200, updatedAt: "2026-11-20T09:30:00.000Z" });
    const after = fn({ rtoMinutes: 90, mtdMinutes: 20160, costPerHour: 1800, updatedAt: "2026-11-25T14:05:00.000Z" });
    expect(diffSnapshots(before, after)[0].changed[0].fields).toEqual([
      { field: "costPerHour", label: "Cost per hour", before: "£1,200", after: "£1,800" },
      { field: "mtdMinutes", label: "MTD", before: "1 week", after: "2 weeks" },
      { field: "rtoMinutes", label: "RTO", before: "4 h", after: "1 h 30 min" },
      { field: "updatedAt", label: "Updated at", before: "20 Nov 2026, 09:30 UTC", after: "25 Nov 2026, 14:05 UTC" },
    ]);
  });
});

describe("snapshot diff of the impact grid", () => {
  const snapshot = (categories: unknown, grid: unknown) => ({ bia: { impactCategories: categories, products: [], functions: [{ id: "f1", name: "Payroll", impactGrid: grid }] } });

  it("names each changed rating by its category and outage length", () => {
    const before = snapshot([HEALTH], { health_and_safety: { "1440": "minor" } });
    const after = snapshot([{ ...HEALTH, label: "Health & safety" }], { health_and_safety: { "1440": "severe", "60": "none" } });
    const diff = diffSnapshots(before, after);
    expect(diff.find((d) => d.title === "Business functions")?.changed[0].fields).toEqual([
      { field: "impactGrid.health_and_safety.60", label: "Health & safety impact after 1 h", before: "not rated", after: "None" },
      { field: "impactGrid.health_and_safety.1440", label: "Health & safety impact after 1 day", before: "Minor", after: "Severe" },
    ]);
    expect(diff.find((d) => d.title === "Impact categories")?.changed).toEqual([
      { id: "health_and_safety", label: "Health & safety", fields: [{ field: "label", label: "Label", before: "Health and safety", after: "Health & safety" }] },
    ]);
  });

  it("does not list categories as added against a version taken before they were recorded", () => {
    const old = { bia: { products: [], functions: [] } };
    expect(diffSnapshots(old, snapshot(DEFAULT_IMPACT_CATEGORIES, {})).map((d) => d.title)).toEqual(["Business functions"]);
  });
});

describe("snapshot diff of records held in a record", () => {
  const measurement = (fields: object = {}) => ({
    id: "cmwy8k2f10004qz",
    locationKey: "nas",
    restoreMinutes: 150,
    dataLossMinutes: 0,
    usedGB: null,
    notes: "Nightly backup; restored to HV02.",
    system: { id: "cmwy8k2f10001qz", name: "SQL01" },
    ...fields,
  });
  const exercise = (fields: object) => ({ tests: { exercises: [{ id: "e1", title: "SQL01 restore from the NAS", type: "simulation", ...fields }], findings: [] } });
  const shown = (changes: ReturnType<typeof diffSnapshots>) => JSON.stringify(changes.flatMap((c) => c.changed.flatMap((r) => r.fields.map((f) => [f.before, f.after]))));

  it("lists a test's measured restores added and removed one by one, in words, without ids", () => {
    const before = exercise({ measurements: [measurement()] });
    const after = exercise({ measurements: [measurement({ id: "cmwy9a1b20007qz", locationKey: "cloud", restoreMinutes: 240, dataLossMinutes: 15, usedGB: 120, notes: "" })] });
    const changes = diffSnapshots(before, after);
    expect(changes[0].changed[0].fields).toEqual([
      { field: "measurements.cmwy8k2f10004qz", label: "Measurements", before: "SQL01 from nas, restored in 2 h 30 min, 0 min data lost (Nightly backup; restored to HV02.)", after: "—", item: "removed" },
      { field: "measurements.cmwy9a1b20007qz", label: "Measurements", before: "—", after: "SQL01 from cloud, restored in 4 h, 15 min data lost, 120 GB", item: "added" },
    ]);
    expect(shown(changes)).not.toMatch(/cmwy|[{}]/);
  });

  it("shows a measured restore changed in place as before → after", () => {
    const changes = diffSnapshots(exercise({ measurements: [measurement()] }), exercise({ measurements: [measurement({ restoreMinutes: 90 })] }));
    expect(changes[0].changed[0].fields).toEqual([
      {
        field: "measurements.cmwy8k2f10004qz",
        label: "Measurements",
        before: "SQL01 from nas, restored in 2 h 30 min, 0 min data lost (Nightly backup; restored to HV02.)",
        after: "SQL01 from nas, restored in 1 h 30 min, 0 min data lost (Nightly backup; restored to HV02.)",
      },
    ]);
  });

  it("says a data lost left blank was not measured, never 0 min (decision 71)", () => {
    const changes = diffSnapshots(exercise({ measurements: [measurement()] }), exercise({ measurements: [measurement({ dataLossMinutes: null })] }));
    expect(changes[0].changed[0].fields).toMatchObject([
      {
        before: "SQL01 from nas, restored in 2 h 30 min, 0 min data lost (Nightly backup; restored to HV02.)",
        after: "SQL01 from nas, restored in 2 h 30 min, data lost not measured (Nightly backup; restored to HV02.)",
      },
    ]);
  });

  it("names a test's files by name and size, never by their fingerprint", () => {
    const file = { id: "cmwyfile0001", fileName: "restore-log.pdf", contentType: "application/pdf", sizeBytes: 24_576, sha256: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08" };
    const changes = diffSnapshots(exercise({ attachments: [] }), exercise({ attachments: [file] }));
    expect(changes[0].changed[0].fields).toEqual([{ field: "attachments.cmwyfile0001", label: "Attachments", before: "—", after: "restore-log.pdf, 24.0 KB", item: "added" }]);
  });

  it("shows any other nested record by its fields in words, not as JSON", () => {
    const policy = (copies: object[], everyMinutes: number) => ({ recovery: { model: { backupPolicies: [{ id: "sql-4h", systems: ["sql"], schedule: { everyMinutes, anchor: "2025-01-01T00:00:00Z" }, copies }] } } });
    const changes = diffSnapshots(policy([], 240), policy([{ to: "cloud", mode: "immediate", lagMinutes: 30 }], 180));
    expect(changes[0].changed[0].fields).toEqual([
      { field: `copies.${JSON.stringify({ lagMinutes: 30, mode: "immediate", to: "cloud" })}`, label: "Copies", before: "—", after: "To: cloud; Mode: immediate; Lag: 30 min", item: "added" },
      { field: "schedule", label: "Schedule", before: "Every: 4 h; Anchor: 1 Jan 2025", after: "Every: 3 h; Anchor: 1 Jan 2025" },
    ]);
  });

  it("names a linked person by their name alone, not their contact details", () => {
    const sponsor = (name: string) => ({ plan: { id: "p", name: "Bristol", sponsor: { id: `cm-${name}`, name, jobTitle: "Director", email: "x@harbourlane.example", workPhone: "0117 496 0000" } } });
    expect(diffSnapshots(sponsor("Priya Shah"), sponsor("Tom Reed"))[0].changed[0].fields).toEqual([{ field: "sponsor", label: "Sponsor", before: "Priya Shah", after: "Tom Reed" }]);
  });

  it("keeps a list of linked records as their names, in reader order", () => {
    const systems = (names: string[]) => exercise({ systems: names.map((name, i) => ({ id: `cmwysys000${i}`, name })) });
    expect(diffSnapshots(systems(["SQL01", "FS01"]), systems(["SQL01"]))[0].changed[0].fields).toEqual([{ field: "systems", label: "Systems", before: "FS01, SQL01", after: "SQL01" }]);
  });
});

describe("snapshot diff of lists whose order means nothing", () => {
  // Versions frozen before decisions 88 and 91 hold linked names in the database's "C" order
  // ("Zulu, alpha"); the plan now holds them as a reader orders them ("alpha, Zulu").
  const zulu = { id: "cmthreat0001", title: "Zulu flood" };
  const alpha = { id: "cmthreat0002", title: "alpha outage" };
  const beta = { id: "cmthreat0003", title: "Beta fire" };
  const scenario = (fields: object) => ({ risks: { threats: [], scenarios: [{ id: "s1", key: "site-loss", name: "Site loss", kind: "site", ...fields }] } });
  const fn = (fields: object) => ({ bia: { products: [], functions: [{ id: "f1", name: "Payroll", ...fields }] } });
  const vendor = (id: string, label: string) => ({ id, label });
  const recovery = (dependsOn: string[], systems: string[]) => ({
    recovery: { model: { systems: [{ id: "ERP", host: "hv01", dependsOn }], backupPolicies: [{ id: "nightly", systems, schedule: { cron: "0 1 * * *", timezone: "UTC" }, target: "nas", copies: [] }] } },
  });

  it("reads a scenario's threats, lost sites and lost hosts reordered as no change", () => {
    const before = scenario({ threats: [zulu, alpha], lostSites: [{ id: "cmsite1", name: "Wharf" }, { id: "cmsite2", name: "avonmouth" }], lostHostKeys: ["hv02", "HV01"] });
    const after = scenario({ threats: [alpha, zulu], lostSites: [{ id: "cmsite2", name: "avonmouth" }, { id: "cmsite1", name: "Wharf" }], lostHostKeys: ["HV01", "hv02"] });
    expect(diffSnapshots(before, after)).toEqual([]);
  });

  it("reads a function's linked records and vital records reordered as no change", () => {
    const before = fn({
      vendors: [vendor("cmv1", "Zenith Couriers"), vendor("cmv2", "acme Packaging")],
      systems: [{ id: "cms1", name: "SQL01" }, { id: "cms2", name: "erp" }],
      keyPeople: [{ id: "cmp1", name: "Zoë Zimmer" }, { id: "cmp2", name: "de Vries" }],
      facilities: [{ id: "cmf1", name: "Wharf" }, { id: "cmf2", name: "avonmouth" }],
      vitalRecords: ["Payroll ledger", "bank mandates"],
    });
    const after = fn({
      vendors: [vendor("cmv2", "acme Packaging"), vendor("cmv1", "Zenith Couriers")],
      systems: [{ id: "cms2", name: "erp" }, { id: "cms1", name: "SQL01" }],
      keyPeople: [{ id: "cmp2", name: "de Vries" }, { id: "cmp1", name: "Zoë Zimmer" }],
      facilities: [{ id: "cmf2", name: "avonmouth" }, { id: "cmf1", name: "Wharf" }],
      vitalRecords: ["bank mandates", "Payroll ledger"],
    });
    expect(diffSnapshots(before, after)).toEqual([]);
  });

  it("reads a test's linked records, a group's systems and the recovery model's lists reordered as no change", () => {
    const exercise = (list: <T>(items: T[]) => T[]) => ({
      tests: {
        exercises: [{
          id: "e1",
          title: "Site loss walkthrough",
          functions: list([{ id: "cmfn1", name: "Payroll" }, { id: "cmfn2", name: "dispatch" }]),
          systems: list([{ id: "cms1", name: "SQL01" }, { id: "cms2", name: "erp" }]),
          scenarios: list([{ id: "cmsc1", key: "site-loss", name: "Site loss" }, { id: "cmsc2", key: "ransomware", name: "ransomware" }]),
          participants: list([{ id: "cmp1", name: "Zoë Zimmer" }, { id: "cmp2", name: "de Vries" }]),
        }],
        findings: [],
      },
      priorities: { tiers: [], consistencyGroups: [{ id: "g1", key: "finance", name: "Finance core", systems: list([{ id: "cms1", name: "SQL01" }, { id: "cms2", name: "erp" }]) }] },
    });
    const asIs = <T,>(items: T[]) => items;
    const reversed = <T,>(items: T[]) => [...items].reverse();
    expect(diffSnapshots(exercise(asIs), exercise(reversed))).toEqual([]);
    expect(diffSnapshots(recovery(["SQL01", "erp"], ["SQL01", "erp"]), recovery(["erp", "SQL01"], ["erp", "SQL01"]))).toEqual([]);
  });

  it("still shows a link added or removed, both sides in reader order, and nothing for the reordering around it", () => {
    const diff = diffSnapshots(scenario({ threats: [zulu, alpha], description: "The wharf floods." }), scenario({ threats: [alpha, beta], description: "The wharf floods." }));
    expect(diff[0].changed[0].fields).toEqual([{ field: "threats", label: "Threats", before: "alpha outage, Zulu flood", after: "alpha outage, Beta fire" }]);
    const vendors = diffSnapshots(fn({ vendors: [vendor("cmv1", "Zenith Couriers"), vendor("cmv2", "acme Packaging")] }), fn({ vendors: [vendor("cmv2", "acme Packaging"), vendor("cmv3", "Bristol Freight"), vendor("cmv1", "Zenith Couriers")] }));
    expect(vendors[0].changed[0].fields).toEqual([{ field: "vendors", label: "Vendors", before: "acme Packaging, Zenith Couriers", after: "acme Packaging, Bristol Freight, Zenith Couriers" }]);
    const model = diffSnapshots(recovery(["SQL01", "erp"], ["SQL01"]), recovery(["erp"], ["erp", "SQL01"]));
    expect(model.map((d) => [d.title, d.changed[0].fields.map((f) => [f.label, f.before, f.after])])).toEqual([
      ["Backup policies", [["Systems", "SQL01", "erp, SQL01"]]],
      ["Systems as modelled", [["Depends on", "erp, SQL01", "erp"]]],
    ]);
  });

  it("shows a field beside a reordered list changed, and the list not at all", () => {
    const diff = diffSnapshots(scenario({ threats: [zulu, alpha], declareMinutes: 60 }), scenario({ threats: [alpha, zulu], declareMinutes: 120 }));
    expect(diff[0].changed[0].fields.map((f) => f.field)).toEqual(["declareMinutes"]);
  });

  it("keeps order where it means something: a notification step renumbered is a change", () => {
    const checklist = (steps: [string, number][]) => ({
      inventories: { registers: [], items: steps.map(([id, step]) => ({ id, kind: "notification_checklist", label: `${step} Call the insurer`, data: { step, notify: "Call the insurer" }, expiresOn: null })) },
    });
    const diff = diffSnapshots(checklist([["cmi1", 1]]), checklist([["cmi1", 2]]));
    expect(diff[0].changed[0].fields.find((f) => f.field === "data")).toEqual({ field: "data", label: "Data", before: "Step: 1; Notify: Call the insurer", after: "Step: 2; Notify: Call the insurer" });
  });
});

describe("snapshot diff of a long text", () => {
  it("shows a sentence added at the end of a written section on both sides, so an approver sees what changed", () => {
    const body = "This plan lets Harbour Lane Foods keep taking, picking and delivering trade orders from Bristol after a disruption. ".repeat(2);
    const sections = (text: string) => ({ sections: [{ id: "s1", key: "purpose", title: "Purpose", body: text }] });
    const [diff] = diffSnapshots(sections(body), sections(`${body}Reviewed by the committee in November 2026.`));
    const [field] = diff.changed[0].fields;
    expect(field.label).toBe("Body");
    expect(field.before).not.toBe(field.after);
    expect(field.after).toContain("Reviewed by the committee in November 2026.");
  });
});

describe("snapshot diff of replicas", () => {
  // A replica is kept by system and location (one of each pair), with no id of its own in the model.
  const withReplicas = (...replicas: Record<string, unknown>[]) => ({ ...base, format: 2, recovery: { model: { replicas } } });
  const erp = { system: "ERP", location: "dr-site", lagMinutes: 5 };
  const mail = { system: "Mail", location: "dr-site", lagMinutes: 15 };

  it("lists a replica removed, added or with a longer lag, each by its system and location", () => {
    const diff = diffSnapshots(withReplicas(erp, mail), withReplicas({ ...mail, lagMinutes: 60 }, { system: "SQL01", location: "cloud", lagMinutes: 1 })).find((d) => d.title === "Replicas");
    expect(diff).toEqual({
      stage: "Recovery",
      title: "Replicas",
      added: [{ id: "SQL01 at cloud", label: "SQL01 at cloud" }],
      removed: [{ id: "ERP at dr-site", label: "ERP at dr-site" }],
      changed: [{ id: "Mail at dr-site", label: "Mail at dr-site", fields: [{ field: "lagMinutes", label: "Lag", before: "15 min", after: "1 h" }] }],
    });
  });

  it("shows a version's replicas among its frozen content, one record each", () => {
    const replicas = snapshotContent(withReplicas(erp, mail)).find((c) => c.title === "Replicas");
    expect(replicas?.records.map((r) => [r.id, r.label])).toEqual([
      ["ERP at dr-site", "ERP at dr-site"],
      ["Mail at dr-site", "Mail at dr-site"],
    ]);
  });
});
