import { describe, expect, it } from "vitest";
import { assessModel } from "@/lib/engine";
import { toRecoveryModel } from "@/lib/recovery/to-model";
import { applyWhatIf, checkWhatIf, lostHostKeysIn, whatIfOptions } from "@/lib/recovery/what-if";
import { whatIfSchema } from "@/lib/recovery/schemas";
import { describeDraft } from "@/components/recovery/what-if-summary";
import { compareAssessments, compareOutcomes } from "@/lib/recovery/dashboard/compare";
import { mtdChangeWords } from "@/components/recovery/mtd-words";
import { NOW, officeRows } from "./recovery-rows";

function assessRows(rows: ReturnType<typeof officeRows>) {
  const result = assessModel(toRecoveryModel(rows, NOW).model);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.assessment;
}

const sqlIn = (a: ReturnType<typeof assessRows>, scenario: string) => a.scenarios.find((s) => s.id === scenario)!.systems.find((s) => s.id === "SQL")!;
const standbyIn = (a: ReturnType<typeof assessRows>, scenario: string) => a.scenarios.find((s) => s.id === scenario)!.hosts.find((h) => h.id === "standby")!;

/** The office rows with a standby host too small for SQL (16 GiB) once DC is on it. */
function smallStandby() {
  const rows = officeRows();
  rows.hosts[1] = { ...rows.hosts[1], name: "Cloud standby", ramMiB: 16384 };
  return rows;
}

describe("what-if drafts", () => {
  it("every 3 hours with a 1-hour window meets a 4-hour RPO that nightly breaches", () => {
    const rows = officeRows();
    const before = assessRows(rows);
    expect(sqlIn(before, "vm-loss").rpo).toMatchObject({ worstCaseMinutes: 1500, target: 240, status: "breached" });

    const after = assessRows(applyWhatIf(rows, { policies: [{ key: "nightly", everyMinutes: 180, windowMinutes: 60 }] }));
    expect(sqlIn(after, "vm-loss").rpo).toMatchObject({ worstCaseMinutes: 240, status: "met" });
    // The rows themselves are untouched: a draft is never saved.
    expect(rows.policies[0]).toMatchObject({ cron: "0 23 * * *", everyMinutes: null });

    const changes = compareAssessments(before, after);
    expect(changes).toContainEqual(
      expect.objectContaining({ scenario: "vm-loss", system: "SQL", rpo: { before: 1500, after: 240, statusBefore: "breached", statusAfter: "met" } }),
    );
  });

  it("a cron draft replaces an interval schedule and keeps the time zone unless given", () => {
    const rows = applyWhatIf(officeRows(), { policies: [{ key: "nightly", everyMinutes: 60 }] });
    const back = applyWhatIf(rows, { policies: [{ key: "nightly", cron: "0 */4 * * *" }] });
    expect(back.policies[0]).toMatchObject({ cron: "0 */4 * * *", timezone: "UTC", everyMinutes: null, anchor: null, windowMinutes: 60 });
  });

  it("a faster location shortens the restore, and an unknown key changes nothing", () => {
    const rows = officeRows();
    const before = assessRows(rows);
    const after = assessRows(applyWhatIf(rows, { locations: [{ key: "cloud", throughputMBps: 400, streamMBps: null, maxStreams: 2 }, { key: "tape", throughputMBps: 1 }] }));
    expect(sqlIn(before, "site-loss").rto).toMatchObject({ achievableMinutes: 180, status: "breached" });
    // From 60 min (standby ready): DC and SQL share 400 MB/s until DC is done (5 min), then SQL
    // has it alone (20 min); + 20 min boot and verification.
    expect(sqlIn(after, "site-loss").rto).toMatchObject({ achievableMinutes: 105, status: "met" });
    expect(applyWhatIf(rows, {})).toEqual(rows);
  });

  it("more memory on the standby host places the system that did not fit, and its RTO becomes finite", () => {
    const rows = smallStandby();
    const before = assessRows(rows);
    expect(standbyIn(before, "site-loss").unplaced).toEqual(["SQL"]);
    expect(sqlIn(before, "site-loss").rto).toMatchObject({ achievableMinutes: null, status: "breached" });

    const after = assessRows(applyWhatIf(rows, { hosts: [{ key: "standby", ramMiB: 32768 }] }));
    expect(standbyIn(after, "site-loss")).toMatchObject({ availableMiB: 32768, unplaced: [] });
    expect(sqlIn(after, "site-loss").rto).toMatchObject({ achievableMinutes: 180, ready: 180 });
    expect(rows.hosts[1].ramMiB).toBe(16384);
    expect(compareAssessments(before, after)).toContainEqual(
      expect.objectContaining({ scenario: "site-loss", system: "SQL", rto: expect.objectContaining({ before: null, after: 180 }), unplaced: { before: true, after: false } }),
    );
  });

  it("reserved memory and readiness of a host are drafted too: a host ready later starts every restore later", () => {
    const drafted = applyWhatIf(officeRows(), { hosts: [{ key: "standby", reservedMiB: 2048, readyAfterMinutes: 120 }] });
    expect(drafted.hosts[1]).toMatchObject({ ramMiB: 32768, reservedMiB: 2048, readyAfterMinutes: 120 });
    expect(sqlIn(assessRows(drafted), "site-loss").rto).toMatchObject({ restoreStart: 120, achievableMinutes: 240 });
  });

  it("a copy added to a policy adds its path: an immediate copy to the cloud shortens the site-loss RPO", () => {
    const rows = officeRows();
    const before = assessRows(rows);
    // As saved, the cloud gets the nightly point at 06:00 the next morning, an hour later.
    expect(sqlIn(before, "site-loss").rpo).toMatchObject({ worstCaseMinutes: 1920, location: "cloud" });
    const drafted = applyWhatIf(rows, { policies: [{ key: "nightly", addCopies: [{ to: "cloud", mode: "immediate", lagMinutes: 30 }] }] });
    expect(drafted.policies[0].copies).toHaveLength(2);
    expect(drafted.policies[0].copies[1]).toEqual({ to: { key: "cloud" }, mode: "immediate", lagMinutes: 30, cron: null, timezone: "UTC", everyMinutes: null, anchor: null });
    // 24 h between nightly points + the 1-hour window + 30 min to land.
    expect(sqlIn(assessRows(drafted), "site-loss").rpo).toMatchObject({ worstCaseMinutes: 1530, location: "cloud" });
    expect(rows.policies[0].copies).toHaveLength(1);

    const every = applyWhatIf(rows, { policies: [{ key: "nightly", addCopies: [{ to: "cloud", mode: "scheduled", everyMinutes: 360, lagMinutes: 0 }] }] });
    expect(every.policies[0].copies[1]).toMatchObject({ mode: "scheduled", everyMinutes: 360, cron: null, anchor: null });
    expect(toRecoveryModel(every, NOW).model.backupPolicies?.[0].copies?.[1]).toEqual({ to: "cloud", mode: "scheduled", lagMinutes: 0, schedule: { everyMinutes: 360 } });
  });

  it("a per-stream limit and a retrieval time slow the restores from that location", () => {
    const rows = officeRows();
    const drafted = applyWhatIf(rows, { locations: [{ key: "cloud", streamMBps: 50, retrievalMinutes: 0 }] });
    expect(drafted.locations[1]).toMatchObject({ throughputMBps: 100, streamMBps: 50, maxStreams: 1, retrievalMinutes: 0 });
    // One stream at 50 MB/s instead of 100: SQL's 540 GB take 180 min instead of 90, after DC's.
    expect(sqlIn(assessRows(drafted), "site-loss").rto).toMatchObject({ transferEnd: 260, achievableMinutes: 280 });
    expect(sqlIn(assessRows(rows), "site-loss").rto).toMatchObject({ transferEnd: 160 });
  });
});

describe("what-if drafts of a system's recovery host and replicas", () => {
  /** The office rows with SQL left to restore on its own host, which the office's loss takes. */
  function sqlOnItsOwnHost() {
    const rows = officeRows();
    rows.systems[1].recoveryHosts = [];
    return rows;
  }

  it("a recovery host that survives turns a system never ready into a ready one, and its function within its MTD", () => {
    const rows = sqlOnItsOwnHost();
    const before = assessRows(rows);
    expect(sqlIn(before, "site-loss").rto).toMatchObject({ achievableMinutes: null, host: "hv1" });
    const drafted = applyWhatIf(rows, { recoveryHosts: [{ system: "SQL", scenario: "site-loss", host: "standby" }] });
    // Mapped onto the rows as the VM facts page saves it, and into the model as to-model maps it.
    expect(drafted.systems[1].recoveryHosts).toEqual([{ scenario: { key: "site-loss" }, host: { key: "standby" } }]);
    expect(toRecoveryModel(drafted, NOW).model.systems?.[1].recoveryHosts).toEqual({ "site-loss": "standby" });
    expect(rows.systems[1].recoveryHosts).toEqual([]);
    const after = assessRows(drafted);
    expect(sqlIn(after, "site-loss").rto).toMatchObject({ achievableMinutes: 180, host: "standby" });
    expect(compareOutcomes(before, after)).toEqual({
      problems: { before: 6, after: 5 },
      functions: [{ scenario: "site-loss", process: "Invoicing", before: { rtoMinutes: null, mtdOk: false }, after: { rtoMinutes: 180, mtdOk: true }, gaps: { notAssessed: [], noHost: [], byProvider: [], modelled: 0 } }],
      capacity: [{ scenario: "site-loss", host: "hv1", before: ["SQL"], after: [] }],
    });
  });

  it("never says a function is within its MTD with a draft while one of its systems has no host", () => {
    const rows = sqlOnItsOwnHost();
    rows.systems.push({ id: "pbx", name: "PBX", kind: "physical", host: null, ramMiB: null, usedGB: null, bootMinutes: 0, verifyMinutes: 0, priority: 3, dependsOn: [], recoveryHosts: [], functions: [{ id: "f-inv", name: "Invoicing", rpoMinutes: 240, rtoMinutes: 480 }] });
    rows.functions[0].systems.push({ name: "PBX" });
    const built = toRecoveryModel(rows, NOW);
    const drafted = applyWhatIf(rows, { recoveryHosts: [{ system: "SQL", scenario: "site-loss", host: "standby" }] });
    const [f] = compareOutcomes(assessRows(rows), assessRows(drafted), { hostless: built.hostless, processes: built.model.processes }).functions;
    expect(`${mtdChangeWords(f.before, f.gaps)} → ${mtdChangeWords(f.after, f.gaps)}`).toBe("never: MTD exceeded → at least 3 h: not known: PBX not assessed (no host)");
  });

  it("its own host drops the scenario's recovery host and keeps the others", () => {
    const rows = officeRows();
    rows.systems[1].recoveryHosts.push({ scenario: { key: "vm-loss" }, host: { key: "standby" } });
    const drafted = applyWhatIf(rows, { recoveryHosts: [{ system: "SQL", scenario: "site-loss", host: null }] });
    expect(drafted.systems[1].recoveryHosts).toEqual([{ scenario: { key: "vm-loss" }, host: { key: "standby" } }]);
    expect(drafted.systems[0]).toBe(rows.systems[0]);
    expect(sqlIn(assessRows(drafted), "site-loss").rto).toMatchObject({ achievableMinutes: null, host: "hv1" });
  });

  it("a replica to the cloud gives SQL its lag as the RPO and a restore without transfer", () => {
    const rows = officeRows();
    const drafted = applyWhatIf(rows, { replicas: [{ system: "SQL", location: "cloud", lagMinutes: 15 }] });
    expect(drafted.replicas).toEqual([{ system: { name: "SQL" }, location: { key: "cloud" }, lagMinutes: 15 }]);
    expect(rows.replicas).toEqual([]);
    const after = assessRows(drafted);
    expect(sqlIn(after, "site-loss")).toMatchObject({ rpo: { worstCaseMinutes: 15, status: "met", location: "cloud" }, rto: { transferEnd: 60, achievableMinutes: 100, status: "met" } });
    expect(compareOutcomes(assessRows(rows), after)).toMatchObject({ problems: { before: 5, after: 2 }, capacity: [] });
  });

  it("the hosts a scenario loses: a site's hosts in a site loss, none when one system is lost", () => {
    const rows = officeRows();
    expect(lostHostKeysIn(rows, "site-loss")).toEqual(["hv1"]);
    expect(lostHostKeysIn(rows, "vm-loss")).toEqual([]);
    rows.scenarios.push({ key: "hv-loss", kind: "host", lostSites: [], lostHostKeys: ["standby"], at: null, declareMinutes: 0, containmentMinutes: 0, cleanBefore: null });
    expect(lostHostKeysIn(rows, "hv-loss")).toEqual(["standby"]);
    expect(whatIfOptions(rows, new Map([["site-loss", "Office lost"]])).scenarios).toEqual([
      { key: "site-loss", name: "Office lost", lostHosts: ["hv1"] },
      { key: "vm-loss", name: "vm-loss", lostHosts: [] },
      { key: "hv-loss", name: "hv-loss", lostHosts: ["standby"] },
    ]);
  });
});

describe("what the saved rows refuse in a draft", () => {
  it("a copy to the policy's own target, or one repeating a copy it has, as the copy form does", () => {
    const rows = officeRows();
    rows.locations[0].name = "NAS";
    rows.locations.push({ key: "usb", name: "USB drives", site: null, online: false, immutableDays: 0, throughputMBps: 120, streamMBps: null, maxStreams: 1, retrievalMinutes: 90 });
    rows.policies[0].copies.push({ cron: null, timezone: "UTC", everyMinutes: null, anchor: null, to: { key: "usb" }, mode: "immediate", lagMinutes: 60 });
    const copy = (to: string, mode: "immediate" | "scheduled" = "immediate") =>
      checkWhatIf(rows, { policies: [{ key: "nightly", addCopies: [mode === "immediate" ? { to, mode, lagMinutes: 10 } : { to, mode, everyMinutes: 60, lagMinutes: 0 }] }] });
    expect(copy("nas")).toEqual({ copyTo: "Add a copy to: a copy goes to another location than the policy's target (NAS)." });
    expect(copy("usb")).toEqual({ copyTo: "Add a copy to: this policy already has an immediate copy to USB drives; a second one adds nothing." });
    // Another mode or schedule to a location it already copies to adds landings: allowed.
    expect(copy("usb", "scheduled")).toEqual({});
    expect(copy("cloud")).toEqual({});
    expect(copy("tape")).toEqual({ copyTo: "Choose a location of this plan." });
  });

  it("elements of another plan, a per-stream limit above the throughput, reserved memory not below the memory", () => {
    const rows = officeRows();
    expect(checkWhatIf(rows, { policies: [{ key: "weekly" }], locations: [{ key: "tape" }], hosts: [{ key: "hv9" }] })).toEqual({
      policy: "Choose a policy of this plan.",
      location: "Choose a location of this plan.",
      host: "Choose a host of this plan.",
    });
    expect(checkWhatIf(rows, { locations: [{ key: "nas", streamMBps: 250 }] })).toEqual({ streamMBps: "Per-stream limit (MB/s): cannot exceed the location's throughput (200 MB/s)." });
    // Checked against the throughput the draft gives it.
    expect(checkWhatIf(rows, { locations: [{ key: "nas", throughputMBps: 400, streamMBps: 250 }] })).toEqual({});
    expect(checkWhatIf(rows, { hosts: [{ key: "hv1", reservedMiB: 65536 }] })).toEqual({ reservedMiB: "Reserved memory (MiB): must be less than the host's memory (65536 MiB)." });
    expect(checkWhatIf(rows, { hosts: [{ key: "hv1", ramMiB: 4096 }] })).toEqual({ ramMiB: "Memory (MiB): must be more than the host's reserved memory (4096 MiB)." });
    expect(checkWhatIf(rows, { hosts: [{ key: "hv1", ramMiB: 8192, reservedMiB: 0 }] })).toEqual({});
  });
});

describe("the what-if form's schema", () => {
  const errors = (values: Record<string, string>) => {
    const r = whatIfSchema.safeParse(values);
    return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join("."), i.message]));
  };

  it("asks for the host, location or policy whose field is filled, at its select", () => {
    expect(errors({ ramMiB: "131072" })).toEqual({ host: "Choose the host to change." });
    expect(errors({ readyAfterMinutes: "0" })).toEqual({ host: "Choose the host to change." });
    expect(errors({ streamMBps: "50" })).toEqual({ location: "Choose the location to change." });
    expect(errors({ retrievalMinutes: "0" })).toEqual({ location: "Choose the location to change." });
    expect(errors({ copyTo: "cloud" })).toEqual({ policy: "Choose the policy to change." });
    expect(errors({ policy: "nightly", copyLagMinutes: "30" })).toEqual({ copyTo: "Choose the location to copy to." });
    expect(errors({ policy: "nightly", copyMode: "scheduled", copyEveryMinutes: "60" })).toEqual({ copyTo: "Choose the location to copy to." });
  });

  it("reports the rules between fields in the same pass as a field refused on its own", () => {
    expect(errors({ schedule: "every", everyMinutes: "", windowMinutes: "abc", copyLagMinutes: "30" })).toEqual({
      windowMinutes: "Window (minutes): enter minutes, or a duration like 90min, 4h or 1d.",
      everyMinutes: "Every (minutes): enter how often the backup runs, in minutes or as a duration like 90min, 4h or 1d.",
      copyTo: "Choose the location to copy to.",
      policy: "Choose the policy to change.",
    });
    // A refused value is not read by the rules: no second message for the same field.
    expect(errors({ policy: "nightly", schedule: "every", everyMinutes: "1e3" })).toEqual({ everyMinutes: "Every (minutes): enter minutes, or a duration like 90min, 4h or 1d." });
    expect(errors({ policy: "nightly", schedule: "weekly", everyMinutes: "60" })).toEqual({ schedule: expect.any(String) });
  });

  it("asks for the system, the scenario and its host, and a replica's location and lag, together", () => {
    expect(errors({ recoveryHost: "standby", replicaLagMinutes: "5" })).toEqual({
      scenario: "Choose the scenario it is restored in.",
      replicaLocation: "Choose the location to replicate to.",
      system: "Choose the system to change.",
    });
    expect(errors({ system: "SQL", scenario: "site-loss", replicaLocation: "cloud" })).toEqual({
      recoveryHost: "Choose the host it is restored on in that scenario.",
      replicaLagMinutes: "Replica lag (minutes): enter how far the replica trails the system, in minutes or as a duration like 90min, 4h or 1d.",
    });
    expect(errors({ system: "SQL", scenario: "site-loss", recoveryHost: "_own", replicaLocation: "cloud", replicaLagMinutes: "1h" })).toEqual({});
  });

  it("asks how often a copy every N minutes runs, and refuses an interval for an immediate copy", () => {
    expect(errors({ policy: "nightly", copyTo: "cloud", copyMode: "scheduled" })).toEqual({
      copyEveryMinutes: "Copy every (minutes): enter how often the copy runs, in minutes or as a duration like 90min, 4h or 1d.",
    });
    expect(errors({ policy: "nightly", copyTo: "cloud", copyEveryMinutes: "60" })).toEqual({ copyEveryMinutes: "Choose “Every N minutes” under Copy when, or leave this blank." });
    expect(errors({ policy: "nightly", copyTo: "cloud", copyMode: "hourly" })).toMatchObject({ copyMode: expect.any(String) });
  });

  it("refuses an interval or a cron rule typed under a schedule that does not use it, instead of ignoring it", () => {
    expect(errors({ policy: "nightly", everyMinutes: "180" })).toEqual({ everyMinutes: "Choose “Every N minutes” under Schedule, or leave this blank." });
    expect(errors({ policy: "nightly", schedule: "cron", cron: "0 */3 * * *", everyMinutes: "180" })).toEqual({ everyMinutes: "Choose “Every N minutes” under Schedule, or leave this blank." });
    expect(errors({ policy: "nightly", schedule: "every", everyMinutes: "180", cron: "0 1 * * *" })).toEqual({ cron: "Choose “Cron expression” under Schedule, or leave this blank." });
    expect(errors({ policy: "nightly", schedule: "every", everyMinutes: "180", timezone: "Europe/London" })).toEqual({
      timezone: "A time zone applies to a cron expression only: choose “Cron expression” under Schedule, or leave this blank.",
    });
    expect(errors({ policy: "nightly", schedule: "every", everyMinutes: "180" })).toEqual({});
  });

  it("reads memory in whole MiB and numbers in plain digits, a blank field as not given", () => {
    expect(errors({ host: "standby", ramMiB: "64GiB" })).toEqual({ ramMiB: "Memory (MiB): write it as plain digits, e.g. 60 or 1.5." });
    expect(errors({ host: "standby", ramMiB: "1024.5" })).toEqual({ ramMiB: "Enter a whole number of MiB above 0." });
    expect(errors({ host: "standby", ramMiB: "0" })).toEqual({ ramMiB: "Enter a whole number of MiB above 0." });
    expect(errors({ host: "standby", reservedMiB: "-1" })).toEqual({ reservedMiB: "Enter a whole number of MiB, 0 or more." });
    expect(errors({ location: "cloud", streamMBps: "0" })).toEqual({ streamMBps: "Enter a per-stream limit above 0 MB/s." });
    expect(errors({ policy: "nightly", copyTo: "cloud", copyLagMinutes: "1e2" })).toEqual({ copyLagMinutes: "Copy lag (minutes): enter minutes, or a duration like 90min, 4h or 1d." });
    expect(whatIfSchema.parse({ host: "standby", ramMiB: " 131072 ", reservedMiB: "", readyAfterMinutes: "30.5" })).toMatchObject({
      host: "standby", ramMiB: 131072, reservedMiB: undefined, readyAfterMinutes: 30.5, copyMode: "immediate",
    });
    // Durations take any unit, converted to the field's minutes.
    expect(whatIfSchema.parse({ policy: "nightly", schedule: "every", everyMinutes: "3h", windowMinutes: "90min", location: "cloud", retrievalMinutes: "1d", host: "standby", readyAfterMinutes: "1.5h" })).toMatchObject({
      everyMinutes: 180, windowMinutes: 90, retrievalMinutes: 1440, readyAfterMinutes: 90,
    });
    expect(errors({ policy: "nightly", schedule: "every", everyMinutes: "0.5min" })).toEqual({
      everyMinutes: "Every (minutes): runs more often than every 5 minutes (every 0.5 min); model continuous protection as a replica.",
    });
  });
});

describe("the draft in words", () => {
  it("names what it changes next to the saved values, and leaves out what it keeps", () => {
    const rows = smallStandby();
    rows.locations[1].name = "Cloud";
    const lines = describeDraft(whatIfOptions(rows), {
      policies: [{ key: "nightly", everyMinutes: 180, windowMinutes: 60, addCopies: [{ to: "cloud", mode: "immediate", lagMinutes: 30 }] }],
      locations: [{ key: "cloud", streamMBps: 50, retrievalMinutes: 0 }, { key: "nas" }],
      hosts: [{ key: "standby", ramMiB: 32768, readyAfterMinutes: 30 }],
    });
    expect(lines).toEqual([
      { subject: "Policy nightly", changes: ["schedule daily at 23:00 (UTC) → every 3 h", "window stays 1 h", "adds a copy to Cloud as soon as each backup lands, landing 30 min later"] },
      { subject: "Location Cloud", changes: ["per-stream limit none (the throughput) → 50 MB/s", "retrieval time 15 min → 0 min"] },
      { subject: "Host Cloud standby", changes: ["memory 16384 MiB → 32768 MiB", "ready after 1 h → 30 min"] },
    ]);
    expect(describeDraft(whatIfOptions(rows), { policies: [{ key: "nightly", addCopies: [{ to: "cloud", mode: "scheduled", everyMinutes: 360, lagMinutes: 0 }] }] })).toEqual([
      { subject: "Policy nightly", changes: ["adds a copy to Cloud every 6 h from midnight UTC"] },
    ]);
  });

  it("names a system's recovery host in a scenario, saved and drafted, and a replica added to it", () => {
    const rows = officeRows();
    rows.hosts[1].name = "Cloud standby";
    rows.locations[1].name = "Cloud";
    const saved = whatIfOptions(rows, new Map([["site-loss", "Office lost"], ["vm-loss", "One VM lost"]]));
    expect(
      describeDraft(saved, {
        recoveryHosts: [
          { system: "SQL", scenario: "site-loss", host: null },
          { system: "DC", scenario: "vm-loss", host: "standby" },
        ],
        replicas: [{ system: "SQL", location: "cloud", lagMinutes: 15 }],
      }),
    ).toEqual([
      { subject: "System SQL", changes: ["recovery host in “Office lost” Cloud standby → its own host hv1", "adds a replica at Cloud, 15 min behind"] },
      { subject: "System DC", changes: ["recovery host in “One VM lost” its own host hv1 → Cloud standby"] },
    ]);
    expect(describeDraft(saved, { recoveryHosts: [{ system: "SQL", scenario: "site-loss", host: "standby" }] })).toEqual([
      { subject: "System SQL", changes: ["recovery host in “Office lost” stays Cloud standby"] },
    ]);
  });
});

