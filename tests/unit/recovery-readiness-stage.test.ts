import { describe, expect, it } from "vitest";
import type { ScenarioSystem, TargetStatus } from "@/lib/engine";
import { readinessStage, type AssessedModel } from "@/lib/recovery/readiness-stage";

function system(id: string, rpo: TargetStatus, rto: TargetStatus): ScenarioSystem {
  return {
    id,
    affected: true,
    rpo: { worstCaseMinutes: null, atDisasterMinutes: null, target: rpo === "no-target" ? null : 60, status: rpo, location: null },
    rto: { achievableMinutes: null, target: rto === "no-target" ? null : 60, status: rto, restoreStart: null, transferEnd: null, ready: null, host: null, source: null },
  };
}

/** Every system backed up by one policy; targets as given; one scenario with these statuses. */
function assessed(systems: { id: string; rpo?: number; rto?: number; status: [TargetStatus, TargetStatus] }[]): AssessedModel {
  return {
    ok: true,
    model: {
      systems: systems.map((s) => ({ id: s.id, rpoMinutes: s.rpo, rtoMinutes: s.rto })),
      backupPolicies: [{ systems: systems.map((s) => s.id) }],
      replicas: [],
    },
    incomplete: [],
    assessment: { scenarios: [{ id: "site-loss", systems: systems.map((s) => system(s.id, ...s.status)), hosts: [], consistencyGroups: [], processes: [] }] },
  };
}

describe("the recovery stage's to-do from the engine's assessment", () => {
  it("asks for targets for the systems without one, apart from making those with targets meet them", () => {
    // Riverside Dental: two systems linked to a function miss their targets; two are linked to none.
    const { completeness, todo } = readinessStage(
      assessed([
        { id: "PMS", rpo: 60, rto: 240, status: ["breached", "met"] },
        { id: "IMAGING", rpo: 60, rto: 240, status: ["met", "breached"] },
        { id: "PRINT", status: ["no-target", "no-target"] },
        { id: "WIFI", status: ["no-target", "no-target"] },
      ]),
    );
    expect(todo).toEqual([
      "Link PRINT and WIFI to the business functions whose RPO and RTO they must meet.",
      "Make PMS and IMAGING meet their RPO and RTO in every scenario (see Recovery readiness).",
    ]);
    // All four protected, two with targets, none meeting them.
    expect(completeness).toBe(Math.round(((1 + 2 / 4 + 0) / 3) * 100));
  });

  it("says which target a system lacks, and counts a long list", () => {
    const systems = [
      { id: "DC", rto: 240, status: ["no-target", "met"] as [TargetStatus, TargetStatus] },
      { id: "FAX", rpo: 60, status: ["met", "no-target"] as [TargetStatus, TargetStatus] },
      ...["A", "B", "C", "D"].map((id) => ({ id, rpo: 60, rto: 60, status: ["breached", "breached"] as [TargetStatus, TargetStatus] })),
    ];
    expect(readinessStage(assessed(systems)).todo).toEqual([
      "Give DC an RPO: link it to the business functions whose data it holds (an RTO can come from the systems that depend on it; an RPO cannot).",
      "Give FAX an RTO: link it to the business functions that need it back.",
      "Make 4 systems meet their RPO and RTO in every scenario (see Recovery readiness): A, B, C and 1 more.",
    ]);
  });

  it("counts a system that meets its targets everywhere, and asks for scenarios when there are none", () => {
    expect(readinessStage(assessed([{ id: "PMS", rpo: 60, rto: 240, status: ["met", "met"] }]))).toEqual({ completeness: 100, todo: [] });
    const unassessed = { ...assessed([{ id: "PMS", rpo: 60, rto: 240, status: ["met", "met"] }]), assessment: { scenarios: [] } };
    expect(readinessStage(unassessed)).toEqual({ completeness: 67, todo: ["Add disaster scenarios to assess the recovery against."] });
    expect(readinessStage({ ok: true, model: {}, incomplete: [], assessment: { scenarios: [] } })).toEqual({ completeness: 0, todo: [] });
  });
});
