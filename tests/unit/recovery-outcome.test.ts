import { describe, expect, it } from "vitest";
import type { ScenarioResult, ScenarioSystem, TargetStatus } from "@/lib/engine";
import { outcomeOf, outcomeWords, type RecoveryOutcome } from "@/lib/recovery/recovery-outcome";
import type { IncompleteSystem } from "@/lib/recovery/to-model";

function system(id: string, rpo: TargetStatus, rto: TargetStatus, affected = true): ScenarioSystem {
  return {
    id,
    affected,
    rpo: { worstCaseMinutes: null, atDisasterMinutes: null, target: rpo === "no-target" ? null : 60, status: rpo, location: null },
    rto: { achievableMinutes: null, target: rto === "no-target" ? null : 60, status: rto, restoreStart: null, transferEnd: null, ready: null, host: null, source: null },
  };
}

function scenario(id: string, systems: ScenarioSystem[], overMtd: string[] = []): ScenarioResult {
  return { id, systems, hosts: [], consistencyGroups: [], processes: overMtd.map((p) => ({ id: p, rtoMinutes: null, mtdOk: false, slackMinutes: null })) };
}

/** Systems in the model with both targets, but those named in `untargeted` (with the targets they lack). */
const assessed = (ids: string[], scenarios: ScenarioResult[], incomplete: IncompleteSystem[] = [], untargeted: Record<string, "rpo" | "rto" | "both"> = {}) =>
  outcomeOf({
    ok: true,
    model: {
      systems: ids.map((id) => ({
        id,
        rpoMinutes: ["rpo", "both"].includes(untargeted[id]) ? undefined : 60,
        rtoMinutes: ["rto", "both"].includes(untargeted[id]) ? undefined : 60,
      })),
    },
    incomplete,
    hostless: [],
    assessment: { scenarios },
  });

const base: RecoveryOutcome = { issues: 0, systems: 0, notAssessed: 0, noHost: 0, scenarios: 0, noTarget: 0, meetingEvery: 0, functionsOverMtd: 0, functionsNotKnown: 0 };

describe("the recovery outcome with functions not known (decision 83)", () => {
  // Two functions on SQL, assessed; Telephony on PBX without a host; E-mail on a SaaS service; Phones on both PBX and SQL.
  const model = {
    systems: [{ id: "SQL", rpoMinutes: 60, rtoMinutes: 60 }],
    processes: [
      { id: "Billing", systems: ["SQL"] },
      { id: "Invoicing", systems: ["SQL"] },
      { id: "Telephony", systems: [] },
      { id: "E-mail", systems: [] },
      { id: "Phones", systems: ["SQL"] },
    ],
  };
  const hostless = [
    { system: "PBX", saas: false, functions: ["Phones", "Telephony"] },
    { system: "Microsoft 365", saas: true, functions: ["E-mail"] },
  ];
  const processes = (overMtd: string[]) =>
    model.processes.map((p) => ({ id: p.id, rtoMinutes: 0, mtdOk: !overMtd.includes(p.id), slackMinutes: 0 }));
  const withProcesses = (overMtd: string[]): ScenarioResult => ({ id: "site-loss", systems: [system("SQL", "met", "met")], hosts: [], consistencyGroups: [], processes: processes(overMtd) });
  const outcome = (overMtd: string[]) => outcomeOf({ ok: true, model, incomplete: [], hostless, assessment: { scenarios: [withProcesses(overMtd)] } });

  it("counts a function whose systems nobody assessed as not known, not as within its MTD; a SaaS service's is its provider's", () => {
    expect(outcome([])).toMatchObject({ noHost: 1, functionsOverMtd: 0, functionsNotKnown: 2 });
    expect(outcomeWords(outcome([]))).toBe(
      "Every assessed system meets its RPO and RTO in every scenario, and no assessed function exceeds its MTD; 1 system not assessed (no host); 2 functions not known against their MTD (systems not assessed).",
    );
  });

  it("counts a function that misses its MTD as missing it, whatever else is not known", () => {
    expect(outcome(["Phones", "Billing"])).toMatchObject({ functionsOverMtd: 2, functionsNotKnown: 1 });
    expect(outcomeWords(outcome(["Phones", "Billing"]))).toBe(
      "Every assessed system meets its RPO and RTO in every scenario; 1 system not assessed (no host); 2 functions exceed their MTD in at least one scenario; 1 function not known against its MTD (systems not assessed).",
    );
  });

  it("says the functions not known when not every system meets its targets", () => {
    expect(outcomeWords({ ...base, systems: 2, noHost: 1, scenarios: 1, meetingEvery: 1, functionsNotKnown: 1 })).toBe(
      "1 of 2 systems meet their RPO and RTO in every scenario; 1 system not assessed (no host); 1 function not known against its MTD (systems not assessed).",
    );
  });
});

describe("the recovery outcome with systems without a host", () => {
  // The engine assesses only the systems with a host: a server not yet mapped to one, that no
  // function uses, was left out of the sentence, which said every system met its targets.
  it("says every assessed system, not every system, meets its targets, and counts those without a host apart", () => {
    const outcome = outcomeOf({
      ok: true,
      model: { systems: [{ id: "SQL", rpoMinutes: 60, rtoMinutes: 60 }], processes: [] },
      incomplete: [],
      hostless: [
        { system: "PBX", saas: false, functions: [] },
        { system: "Door entry", saas: false, functions: [] },
        { system: "Microsoft 365", saas: true, functions: [] },
      ],
      assessment: { scenarios: [scenario("site-loss", [system("SQL", "met", "met")])] },
    });
    expect(outcome).toEqual({ ...base, systems: 1, noHost: 2, scenarios: 1, meetingEvery: 1 });
    expect(outcomeWords(outcome)).toBe("Every assessed system meets its RPO and RTO in every scenario, and no function exceeds its MTD; 2 systems not assessed (no host).");
  });

  it("counts them apart whatever the systems with a host come to", () => {
    expect(outcomeWords({ ...base, systems: 2, notAssessed: 1, noHost: 1, scenarios: 1, meetingEvery: 2, functionsOverMtd: 1 })).toBe(
      "2 of 3 systems meet their RPO and RTO in every scenario (1 not assessed: memory or used size missing); 1 system not assessed (no host); 1 function exceeds its MTD in at least one scenario.",
    );
    expect(outcomeWords({ ...base, systems: 1, noHost: 1, scenarios: 1, noTarget: 1 })).toBe(
      "The only assessed system lacks an RPO or RTO target, so none is shown to meet one; 1 system not assessed (no host).",
    );
    expect(outcomeWords({ ...base, systems: 2, noHost: 3, scenarios: 1, noTarget: 2 })).toBe(
      "All 2 assessed systems lack an RPO or RTO target, so none is shown to meet one; 3 systems not assessed (no host).",
    );
    const invalid = outcomeOf({ ok: false, model: { systems: [{ id: "SQL" }] }, incomplete: [], hostless: [{ system: "PBX", saas: false, functions: [] }], issues: [{}] });
    expect(invalid.noHost).toBe(1);
  });
});

describe("the recovery outcome in words", () => {
  it("says a plan where nothing comes back meets nothing, with the functions past their MTD", () => {
    // The demo's cold store: COLD-MON never comes back in its only scenario; both its functions exceed their MTD.
    const outcome = assessed(["COLD-MON"], [scenario("site-loss", [system("COLD-MON", "breached", "breached")], ["Temperature monitoring", "Dispatch"])]);
    expect(outcome).toEqual({ ...base, systems: 1, scenarios: 1, meetingEvery: 0, functionsOverMtd: 2 });
    expect(outcomeWords(outcome)).toBe("0 of 1 systems meet their RPO and RTO in every scenario; 2 functions exceed their MTD in at least one scenario.");
  });

  it("counts a system once however many scenarios it misses in", () => {
    const outcome = assessed(
      ["SQL", "DC", "FILE"],
      [
        scenario("vm-loss", [system("SQL", "breached", "met"), system("DC", "breached", "met"), system("FILE", "met", "met", false)]),
        scenario("site-loss", [system("SQL", "met", "breached"), system("DC", "breached", "met"), system("FILE", "met", "met")], ["Invoicing"]),
      ],
    );
    expect(outcome).toMatchObject({ noTarget: 0, meetingEvery: 1, functionsOverMtd: 1 });
    expect(outcomeWords(outcome)).toBe("1 of 3 systems meet their RPO and RTO in every scenario; 1 function exceeds its MTD in at least one scenario.");
  });

  it("counts the systems without a target apart: they neither meet nor miss one", () => {
    // Riverside Dental: four systems, two of them linked to no function, none meeting its targets.
    const riverside = assessed(
      ["PMS", "IMAGING", "PRINT", "WIFI"],
      [scenario("site-loss", [system("PMS", "breached", "met"), system("IMAGING", "met", "breached"), system("PRINT", "no-target", "no-target"), system("WIFI", "no-target", "no-target")])],
      [],
      { PRINT: "both", WIFI: "both" },
    );
    expect(riverside).toMatchObject({ systems: 4, noTarget: 2, meetingEvery: 0 });
    expect(outcomeWords(riverside)).toBe("0 of 2 systems with targets meet them in every scenario; 2 lack an RPO or RTO target.");

    // A system with only one of its targets lacks the other, met or not; one met in full counts as meeting.
    const partly = assessed(
      ["SQL", "DC", "FILE"],
      [scenario("vm-loss", [system("SQL", "met", "met"), system("DC", "met", "no-target"), system("FILE", "met", "met", false)], ["Invoicing"])],
      [{ system: "APP", missing: ["memory"], functions: [] }],
      { DC: "rto" },
    );
    expect(partly).toMatchObject({ noTarget: 1, meetingEvery: 2 });
    expect(outcomeWords(partly)).toBe(
      "2 of 3 systems with targets meet them in every scenario (1 not assessed: memory or used size missing); 1 lacks an RPO or RTO target; 1 function exceeds its MTD in at least one scenario.",
    );

    // Every system with a target meets it: still not every system, so no good news.
    const metButUntargeted = assessed(["SQL", "DC"], [scenario("vm-loss", [system("SQL", "met", "met"), system("DC", "no-target", "no-target")])], [], { DC: "both" });
    expect(outcomeWords(metButUntargeted)).toBe("1 of 1 systems with targets meet them in every scenario; 1 lacks an RPO or RTO target.");

    const none = assessed(["SQL", "DC"], [scenario("vm-loss", [system("SQL", "no-target", "no-target"), system("DC", "no-target", "no-target")])], [], { SQL: "both", DC: "both" });
    expect(outcomeWords(none)).toBe("All 2 systems lack an RPO or RTO target, so none is shown to meet one.");
    expect(outcomeWords({ ...base, systems: 1, scenarios: 1, noTarget: 1 })).toBe("The only system lacks an RPO or RTO target, so none is shown to meet one.");
  });

  it("says so when every system meets its targets, and counts a VM not assessed as not meeting them", () => {
    const good = assessed(["SQL", "DC"], [scenario("vm-loss", [system("SQL", "met", "met"), system("DC", "met", "met")])]);
    expect(outcomeWords(good)).toBe("Every system meets its RPO and RTO in every scenario, and no function exceeds its MTD.");
    const partly = assessed(["SQL", "DC"], [scenario("vm-loss", [system("SQL", "met", "met"), system("DC", "met", "met")])], [{ system: "FILE", missing: ["memory"], functions: [] }]);
    expect(outcomeWords(partly)).toBe("2 of 3 systems meet their RPO and RTO in every scenario (1 not assessed: memory or used size missing).");
  });

  it("never reads an assessment of nothing as good news", () => {
    expect(outcomeWords(base)).toBe("Not assessed yet (no systems with a host, no disaster scenarios).");
    expect(outcomeWords({ ...base, scenarios: 2 })).toBe("Not assessed yet (no systems with a host).");
    expect(outcomeWords({ ...base, systems: 3 })).toBe("Not assessed yet (no disaster scenarios).");
    expect(outcomeWords({ ...base, notAssessed: 2, scenarios: 1 })).toBe("Not assessed yet (memory or used size missing for 2 systems).");
    const invalid = outcomeOf({ ok: false, model: { systems: [{ id: "SQL" }] }, incomplete: [], hostless: [], issues: [{}, {}] });
    expect(outcomeWords(invalid)).toBe("Not assessed (the recovery model has 2 problems to fix).");
  });
});
