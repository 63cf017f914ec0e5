import { describe, expect, it } from "vitest";
import { effectiveTargets, inheritedRtoWords, type TargetGraphSystem } from "@/lib/priorities/effective-targets";

const fn = (name: string, rtoMinutes: number | null, rpoMinutes: number | null = null) => ({ id: `f-${name}`, name, rtoMinutes, rpoMinutes });
const sys = (name: string, dependsOn: string[] = [], functions: TargetGraphSystem["functions"] = []): TargetGraphSystem => ({ id: name, name, dependsOn, functions });
const ref = (name: string) => ({ id: name, name });

describe("effectiveTargets", () => {
  it("passes a dependent's RTO down a chain, naming every system it came through", () => {
    const targets = effectiveTargets([sys("WEB", ["APP"], [fn("Web orders", 240)]), sys("APP", ["DB"]), sys("DB")]);
    expect(targets.get("WEB")?.rto).toEqual({ minutes: 240, functionId: "f-Web orders", functionName: "Web orders", through: [] });
    expect(targets.get("APP")?.rto).toEqual({ minutes: 240, functionId: "f-Web orders", functionName: "Web orders", through: [ref("WEB")] });
    expect(targets.get("DB")?.rto).toEqual({ minutes: 240, functionId: "f-Web orders", functionName: "Web orders", through: [ref("APP"), ref("WEB")] });
  });

  it("does not pass the RPO down: a dependency's data is not the dependent's", () => {
    const targets = effectiveTargets([sys("APP", ["AUTH"], [fn("Payroll", 240, 60)]), sys("AUTH")]);
    expect(targets.get("APP")?.rpo).toEqual({ minutes: 60, functionId: "f-Payroll", functionName: "Payroll" });
    expect(targets.get("AUTH")).toEqual({ rto: expect.objectContaining({ minutes: 240 }), rpo: null });
  });

  it("takes the tighter of a system's own function and a dependent's inherited RTO", () => {
    const targets = effectiveTargets([
      sys("PAYROLL-APP", ["DB"], [fn("Payroll", 240)]),
      sys("DB", [], [fn("Reporting", 1440, 60)]),
      sys("FILES", [], [fn("Archive", 60)]),
      sys("ARCHIVER", ["FILES"], [fn("Audit", 480)]),
    ]);
    expect(targets.get("DB")).toEqual({
      rto: { minutes: 240, functionId: "f-Payroll", functionName: "Payroll", through: [ref("PAYROLL-APP")] },
      rpo: { minutes: 60, functionId: "f-Reporting", functionName: "Reporting" },
    });
    // Its own function is the tighter: the looser dependent changes nothing.
    expect(targets.get("FILES")?.rto).toEqual({ minutes: 60, functionId: "f-Archive", functionName: "Archive", through: [] });
  });

  it("keeps the system's own function when an inherited RTO is just as tight", () => {
    const targets = effectiveTargets([sys("APP", ["DB"], [fn("A orders", 240)]), sys("DB", [], [fn("Z reporting", 240)])]);
    expect(targets.get("DB")?.rto).toEqual({ minutes: 240, functionId: "f-Z reporting", functionName: "Z reporting", through: [] });
  });

  it("in a diamond takes the tightest branch, and of equal ones the shortest chain, then the first by name", () => {
    // WEB → (API, CACHE) → DB, and REPORTS → DB directly.
    const diamond = [
      sys("WEB", ["API", "CACHE"], [fn("Web orders", 120)]),
      sys("API", ["DB"]),
      sys("CACHE", ["DB"]),
      sys("DB"),
      sys("REPORTS", ["DB"], [fn("Reporting", 480)]),
    ];
    const targets = effectiveTargets(diamond);
    expect(targets.get("DB")?.rto).toEqual({ minutes: 120, functionId: "f-Web orders", functionName: "Web orders", through: [ref("API"), ref("WEB")] });
    expect(targets.get("REPORTS")?.rto?.minutes).toBe(480);
    // The same RTO reached directly and down a chain: the direct dependent is named.
    const shortcut = effectiveTargets([...diamond.slice(0, 4), sys("ORDERS", ["DB"], [fn("Web orders", 120)])]);
    expect(shortcut.get("DB")?.rto?.through).toEqual([ref("ORDERS")]);
    // Input order does not change the answer.
    expect(effectiveTargets([...diamond].reverse())).toEqual(targets);
  });

  it("gives no RTO where no function sets one, above or below", () => {
    const targets = effectiveTargets([sys("APP", ["DB"], [fn("Filing", null, 1440)]), sys("DB"), sys("LONE")]);
    expect([...targets.values()].map((t) => t.rto)).toEqual([null, null, null]);
    expect(targets.get("APP")?.rpo?.minutes).toBe(1440);
    expect(effectiveTargets([])).toEqual(new Map());
  });

  it("ignores dependencies on systems it was not given and stops at a loop", () => {
    const targets = effectiveTargets([sys("A", ["B", "gone"], [fn("F", 60)]), sys("B", ["A"])]);
    expect(targets.get("B")?.rto).toMatchObject({ minutes: 60, through: [ref("A")] });
    expect(targets.get("A")?.rto).toMatchObject({ minutes: 60, through: [] });
  });
});

describe("inheritedRtoWords", () => {
  it("names the dependent it comes from, and the way down a longer chain", () => {
    expect(inheritedRtoWords({ functionName: "Payroll", through: ["PAYROLL-APP"] })).toBe("inherited from PAYROLL-APP, which depends on it (the RTO of Payroll)");
    expect(inheritedRtoWords({ functionName: "Web orders", through: ["ERP-APP", "WEB-SHOP"] })).toBe(
      "inherited from ERP-APP, which depends on it (the RTO of Web orders, which uses WEB-SHOP, which depends on ERP-APP)",
    );
    expect(inheritedRtoWords({ functionName: "Payroll", through: [] })).toBeNull();
  });
});
