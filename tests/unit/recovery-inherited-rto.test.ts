import { describe, expect, it } from "vitest";
import { assessModel } from "@/lib/engine";
import { toRecoveryModel, type RecoveryRows } from "@/lib/recovery/to-model";
import { inheritedRtoOf, inheritedRtoSentence } from "@/lib/recovery/inherited-rto";
import { NOW, officeRows } from "./recovery-rows";

/**
 * The office rows with a payroll application on top: APP (used by Payroll, RTO 2 h, RPO 1 h)
 * depends on SQL (used by Invoicing, RTO 8 h), which depends on DC, which no function names.
 */
function payrollRows(): RecoveryRows {
  const rows = officeRows();
  const [dc, sql] = rows.systems;
  dc.functions = [];
  sql.functions = [{ id: "f-inv", name: "Invoicing", rpoMinutes: 240, rtoMinutes: 480 }];
  rows.systems.push({
    id: "app", name: "APP", host: { key: "hv1" }, ramMiB: 4096, usedGB: 20, bootMinutes: 5, verifyMinutes: 5, priority: 2,
    dependsOn: [{ name: "SQL" }], recoveryHosts: [{ scenario: { key: "site-loss" }, host: { key: "standby" } }],
    functions: [{ id: "f-pay", name: "Payroll", rpoMinutes: 60, rtoMinutes: 120 }],
  });
  rows.policies[0].systems.push({ name: "APP" });
  rows.functions.push({ name: "Payroll", mtdMinutes: 480, wrtMinutes: 60, systems: [{ name: "APP" }] });
  return rows;
}

const system = (model: ReturnType<typeof toRecoveryModel>["model"], id: string) => model.systems?.find((s) => s.id === id);

describe("targets passed down dependencies in the recovery model", () => {
  it("gives what a system depends on the RTO of what depends on it, never its RPO", () => {
    const { model, inheritedRto } = toRecoveryModel(payrollRows(), NOW);
    expect(system(model, "APP")).toMatchObject({ rtoMinutes: 120, rpoMinutes: 60 });
    // SQL's own Invoicing allows 8 h, but APP needs it within 2 h; its RPO stays Invoicing's.
    expect(system(model, "SQL")).toMatchObject({ rtoMinutes: 120, rpoMinutes: 240 });
    // Before, DC went to the engine with no target at all; now with the RTO and still no RPO.
    expect(system(model, "DC")?.rtoMinutes).toBe(120);
    expect(system(model, "DC")).not.toHaveProperty("rpoMinutes");
    expect(inheritedRto).toEqual([
      { system: "DC", minutes: 120, functionName: "Payroll", through: ["SQL", "APP"] },
      { system: "SQL", minutes: 120, functionName: "Payroll", through: ["APP"] },
    ]);
  });

  it("names the functions that set every other target, ties and all, and none for an RTO passed down", () => {
    const rows = payrollRows();
    rows.systems[2].functions.push({ id: "f-exp", name: "Expenses", rpoMinutes: 60, rtoMinutes: 240 });
    const { targetFunctions } = toRecoveryModel(rows, NOW);
    // DC has no function and an inherited RTO: nothing to name. SQL's RTO came down from APP.
    expect(targetFunctions).toEqual([
      { system: "SQL", rpo: ["Invoicing"], rto: [] },
      { system: "APP", rpo: ["Expenses", "Payroll"], rto: ["Payroll"] },
    ]);
  });

  it("leaves the business functions' systems as the BIA links them: their recovery already waits for the dependencies", () => {
    const { model } = toRecoveryModel(payrollRows(), NOW);
    expect(model.processes?.map((p) => [p.id, p.systems])).toEqual([
      ["Invoicing", ["SQL"]],
      ["Payroll", ["APP"]],
    ]);
  });

  it("lets the engine check the dependencies against the inherited RTO and ask only for the RPO no function sets", () => {
    const result = assessModel(toRecoveryModel(payrollRows(), NOW).model);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const siteLoss = result.assessment.scenarios.find((s) => s.id === "site-loss")!;
    const rto = (id: string) => siteLoss.systems.find((s) => s.id === id)!.rto;
    // Office lost, restored on the standby host from 60 min: DC ready at 80, SQL (540 GB) at 180.
    expect(rto("DC")).toMatchObject({ achievableMinutes: 80, target: 120, status: "met" });
    expect(rto("SQL")).toMatchObject({ achievableMinutes: 180, target: 120, status: "breached" });
    expect(result.assessment.findings.filter((f) => f.code === "RTO_BREACHED").map((f) => [f.scenario, f.system])).toEqual([
      ["site-loss", "APP"],
      ["site-loss", "SQL"],
    ]);
    expect(siteLoss.systems.find((s) => s.id === "DC")!.rpo.status).toBe("no-target");
    const noTarget = result.assessment.findings.filter((f) => f.code === "NO_TARGET" && f.system === "DC");
    expect(noTarget.map((f) => f.message)).toEqual([expect.stringContaining("DC has no RPO target")]);
  });

  it("passes an RTO through a system left out of the model", () => {
    const rows = payrollRows();
    rows.systems[1].ramMiB = null;
    const { model, inheritedRto, incomplete } = toRecoveryModel(rows, NOW);
    expect(incomplete.map((i) => i.system)).toEqual(["SQL"]);
    expect(system(model, "DC")?.rtoMinutes).toBe(120);
    expect(inheritedRto.find((i) => i.system === "DC")?.through).toEqual(["SQL", "APP"]);
  });

  it("says where an inherited RTO comes from, and picks the ones a page shows", () => {
    const { inheritedRto } = toRecoveryModel(payrollRows(), NOW);
    expect(inheritedRtoSentence(inheritedRto[1])).toBe("RTO 2 h, inherited from APP, which depends on it (the RTO of Payroll).");
    expect(inheritedRtoSentence(inheritedRto[0])).toBe("RTO 2 h, inherited from SQL, which depends on it (the RTO of Payroll, which uses APP, which depends on SQL).");
    expect(Object.keys(inheritedRtoOf(inheritedRto, ["SQL", "APP"]))).toEqual(["SQL"]);
  });
});
