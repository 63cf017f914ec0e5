import { describe, expect, it } from "vitest";
import { systemDeletionText, type SystemRemoves } from "@/lib/systems/deletion-words";

const none: SystemRemoves = { functions: [], dependentSystems: [], dependsOn: [], consistencyGroups: [], backupPolicies: [], replicas: [], restorePoints: 0, recoveryHosts: [] };

describe("what deleting a system says it takes with it", () => {
  it("says when nothing else refers to it", () => {
    expect(systemDeletionText("SQL01", none)).toBe("Nothing else in the plan refers to SQL01. The audit log keeps a record.");
  });

  it("names each kind of link it removes, by name or number, only those there are", () => {
    expect(
      systemDeletionText("SQL01", {
        functions: ["Order taking", "Payroll"],
        dependentSystems: ["WEB01"],
        dependsOn: ["DC01"],
        consistencyGroups: ["ERP databases"],
        backupPolicies: ["Nightly", "Weekly offsite"],
        replicas: ["DR SAN"],
        restorePoints: 340,
        recoveryHosts: ["Bristol site lost"],
      }),
    ).toBe(
      "Deleting SQL01 also: unlinks the 2 functions that depend on it (Order taking and Payroll); unlinks the system that depends on it (WEB01); " +
        "drops its dependency on 1 system (DC01); takes it out of 1 consistency group (ERP databases); takes it out of 2 backup policies (Nightly and Weekly offsite); " +
        "deletes its replica (to DR SAN); deletes its 340 observed restore points; deletes where it is restored in 1 scenario (Bristol site lost). " +
        "The audit log keeps a record of all of it.",
    );
    expect(systemDeletionText("FILE01", { ...none, functions: ["Payroll"], restorePoints: 1 })).toBe(
      "Deleting FILE01 also: unlinks the function that depends on it (Payroll); deletes its observed restore point. The audit log keeps a record of all of it.",
    );
  });

  it("keeps a long list short", () => {
    const functions = ["A", "B", "C", "D", "E", "F", "G"];
    expect(systemDeletionText("DC01", { ...none, functions })).toBe(
      "Deleting DC01 also: unlinks the 7 functions that depend on it (A, B, C, D, E and 2 more). The audit log keeps a record of all of it.",
    );
  });
});
