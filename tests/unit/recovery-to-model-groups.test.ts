import { describe, expect, it } from "vitest";
import { assessModel } from "@/lib/engine";
import { leftOutGroupSentence, toRecoveryModel, type RecoveryRows } from "@/lib/recovery/to-model";
import { NOW, officeRows } from "./recovery-rows";

type SystemRow = RecoveryRows["systems"][number];

/**
 * The office rows (DC and SQL, both modelled) with an ERP application server, APP, on the same
 * host, and a consistency group "Finance core" of SQL and APP. `app` changes APP's row.
 */
function financeRows(app: Partial<SystemRow> = {}, group: string[] = ["SQL", "APP"]): RecoveryRows {
  const rows = officeRows();
  rows.systems.push({
    id: "app", name: "APP", host: { key: "hv1" }, ramMiB: 8192, usedGB: 80, bootMinutes: 5, verifyMinutes: 5, priority: 2,
    dependsOn: [{ name: "SQL" }], recoveryHosts: [], functions: [], ...app,
  });
  rows.groups = [{ key: "finance-core", name: "Finance core", maxSkewMinutes: 15, systems: group.map((name) => ({ name })) }];
  return rows;
}

describe("consistency groups in the recovery model", () => {
  it("passes a group with two modelled systems to the engine, and leaves nothing out", () => {
    const { model, leftOutGroups } = toRecoveryModel(financeRows(), NOW);
    expect(model.consistencyGroups).toEqual([{ id: "finance-core", systems: ["SQL", "APP"], maxSkewMinutes: 15 }]);
    expect(leftOutGroups).toEqual([]);
  });

  it("leaves out a group whose other system has no host, and says which one can be modelled and why the other cannot", () => {
    const { model, leftOutGroups, unmodelled } = toRecoveryModel(financeRows({ host: null }), NOW);
    expect(unmodelled).toEqual(["APP"]);
    expect(model.consistencyGroups).toEqual([]);
    expect(leftOutGroups).toEqual([{ group: "Finance core", key: "finance-core", modelled: ["SQL"], leftOut: [{ system: "APP", missing: null }] }]);
    expect(leftOutGroupSentence(leftOutGroups[0])).toBe("Consistency group Finance core is left out: only SQL of its systems can be modelled (APP has no host).");
    // The model without the group is valid and assessed; no finding names the group.
    const assessed = assessModel(model);
    if (!assessed.ok) throw new Error(JSON.stringify(assessed.issues));
    expect(assessed.assessment.findings.filter((f) => f.group)).toEqual([]);
    expect(assessed.assessment.scenarios.every((sc) => sc.consistencyGroups.length === 0)).toBe(true);
  });

  it("leaves out a group whose other system lacks memory or used size, naming what is missing", () => {
    const { model, leftOutGroups } = toRecoveryModel(financeRows({ ramMiB: null, usedGB: null }), NOW);
    expect(model.consistencyGroups).toEqual([]);
    expect(leftOutGroups[0].leftOut).toEqual([{ system: "APP", missing: ["memory", "used size"] }]);
    expect(leftOutGroupSentence(leftOutGroups[0])).toBe(
      "Consistency group Finance core is left out: only SQL of its systems can be modelled (APP has no memory or used size set).",
    );
  });

  it("leaves out a group none of whose systems can be modelled, naming each", () => {
    const rows = financeRows({ host: null });
    rows.systems[1] = { ...rows.systems[1], usedGB: null };
    const { model, leftOutGroups } = toRecoveryModel(rows, NOW);
    expect(model.consistencyGroups).toEqual([]);
    expect(leftOutGroups[0]).toMatchObject({ modelled: [], leftOut: [{ system: "SQL", missing: ["used size"] }, { system: "APP", missing: null }] });
    expect(leftOutGroupSentence(leftOutGroups[0])).toBe(
      "Consistency group Finance core is left out: none of its systems can be modelled (SQL has no used size set; APP has no host).",
    );
  });

  it("leaves out a group the register holds with one system or none (a system deleted since), saying it needs two", () => {
    const one = toRecoveryModel(financeRows({}, ["SQL"]), NOW);
    expect(one.model.consistencyGroups).toEqual([]);
    expect(leftOutGroupSentence(one.leftOutGroups[0])).toBe("Consistency group Finance core is left out: it has only SQL, and a consistency group needs at least two systems.");
    const none = toRecoveryModel(financeRows({}, []), NOW);
    expect(none.model.consistencyGroups).toEqual([]);
    expect(leftOutGroupSentence(none.leftOutGroups[0])).toBe("Consistency group Finance core is left out: it has no systems, and a consistency group needs at least two.");
  });

  it("keeps a group that still has two modelled systems when a third is left out, without the third", () => {
    const rows = financeRows({}, ["DC", "SQL", "APP"]);
    rows.systems[2] = { ...rows.systems[2], host: null };
    const { model, leftOutGroups } = toRecoveryModel(rows, NOW);
    expect(model.consistencyGroups).toEqual([{ id: "finance-core", systems: ["DC", "SQL"], maxSkewMinutes: 15 }]);
    expect(leftOutGroups).toEqual([]);
  });

  it("calls a group by its key when the rows carry no name", () => {
    const rows = financeRows({ host: null });
    rows.groups = rows.groups.map((g) => ({ key: g.key, maxSkewMinutes: g.maxSkewMinutes, systems: g.systems }));
    expect(leftOutGroupSentence(toRecoveryModel(rows, NOW).leftOutGroups[0])).toMatch(/^Consistency group finance-core is left out/);
  });
});
