import { describe, expect, it } from "vitest";
import type { ScenarioResult, ScenarioSystem } from "@/lib/engine";
import { TIMELINE_MAX_BARS, timelineNote, timelineView } from "@/lib/reports/pdf/timeline-view";

type Row = { id: string; affected?: boolean; restoreStart?: number; transferEnd: number | null; ready: number | null; target?: number | null };

function system({ id, affected = true, restoreStart = 0, transferEnd, ready, target = null }: Row): ScenarioSystem {
  const status = target === null ? ("no-target" as const) : ready !== null && ready <= target ? ("met" as const) : ("breached" as const);
  return {
    id,
    affected,
    rpo: { worstCaseMinutes: null, atDisasterMinutes: null, target: null, status: "no-target", location: null },
    rto: { achievableMinutes: ready, target, status, restoreStart: ready === null ? null : restoreStart, transferEnd, ready, host: "h", source: transferEnd === null && ready !== null ? "test" : "estimate" },
  };
}

const result = (systems: Row[]): ScenarioResult => ({ id: "ransomware", hosts: [], consistencyGroups: [], processes: [], systems: systems.map(system) });

/**
 * The demo's ransomware recovery in small: DC, then SQL01 (a restore test measured its time), then
 * ERP-APP, which misses its 2-hour RTO; PAYROLL has a 3-day RTO, far beyond the recovery.
 */
const model = {
  systems: [
    { id: "DC01", host: "hv" },
    { id: "SQL01", host: "hv", dependsOn: ["DC01"] },
    { id: "ERP-APP", host: "hv", dependsOn: ["SQL01"], bootMinutes: 10, verifyMinutes: 10 },
    { id: "PAYROLL", host: "hv" },
  ],
};
const ransomware = [
  { id: "DC01", restoreStart: 30, transferEnd: 100, ready: 120, target: 240 },
  { id: "SQL01", restoreStart: 30, transferEnd: null, ready: 300, target: 240 },
  { id: "ERP-APP", restoreStart: 30, transferEnd: 200, ready: 788, target: 120 },
  { id: "PAYROLL", restoreStart: 30, transferEnd: 400, ready: 420, target: 3 * 1440 },
];

describe("the PDF's recovery timeline", () => {
  it("draws the measured restore among the bars, as on screen, and explains the same critical path", () => {
    const view = timelineView({ model, result: result(ransomware) });
    expect(view.bars.map((b) => b.system)).toEqual(["DC01", "SQL01", "PAYROLL", "ERP-APP"]);
    expect(view.bars.find((b) => b.system === "SQL01")!.segments).toEqual([{ kind: "wait", start: 30, end: 120 }, { kind: "measured", start: 120, end: 300 }]);
    expect(view.bars.filter((b) => b.critical).map((b) => b.system)).toEqual(["DC01", "SQL01", "ERP-APP"]);
    expect(view.caption.lead).toBe("Critical path to the worst breach: DC01 › SQL01 › ERP-APP.");
    expect(view.caption.detail).toMatch(/^ERP-APP is ready 11 h 8 min after its RTO target\. Each system on the path waited/);
    expect(view.note).toBeNull();
    expect(view.shown).toBeNull();
  });

  it("spans the ready times in 4 to 6 round ticks, not a 3-day target", () => {
    const { axis } = timelineView({ model, result: result(ransomware) });
    // The last system is ready after 13 h 8 min: 3-hour steps to 15 h, PAYROLL's 3 days off the scale.
    expect(axis).toEqual({ end: 900, ticks: [0, 180, 360, 540, 720, 900] });
    for (const span of [45, 130, 788, 2000, 9000]) {
      const { ticks } = timelineView({ model: {}, result: result([{ id: "A", transferEnd: span - 1, ready: span }]) }).axis;
      expect(ticks.length, `span ${span}`).toBeGreaterThanOrEqual(4);
      expect(ticks.length, `span ${span}`).toBeLessThanOrEqual(6);
    }
  });

  it(`keeps to ${TIMELINE_MAX_BARS} bars, the critical path among them however early it is ready`, () => {
    const late = Array.from({ length: 50 }, (_, i) => ({ id: `APP${String(i).padStart(2, "0")}`, restoreStart: 30, transferEnd: 800 + i, ready: 900 + i, target: 2000 }));
    const view = timelineView({ model, result: result([...ransomware, ...late]) });
    expect(view.bars).toHaveLength(TIMELINE_MAX_BARS);
    const drawn = view.bars.map((b) => b.system);
    expect(drawn).toEqual(expect.arrayContaining(["DC01", "SQL01", "ERP-APP"]));
    expect(drawn).toContain("APP49");
    expect(drawn).not.toContain("PAYROLL");
    expect(view.shown).toBe("40 of the 54 affected systems: the critical path and those ready last.");
  });
});

describe("the PDF's note on a scenario's timeline", () => {
  it("never says nothing needs restoring when affected systems cannot be placed", () => {
    const note = timelineNote(result([{ id: "A", ready: null, transferEnd: null }, { id: "B", ready: null, transferEnd: null }]), 0);
    expect(note).toBe("None of the 2 affected systems can be drawn. Never ready in this scenario: A, B.");
  });

  it("names each system never ready with its own reason, as the screen does", () => {
    const reasons = new Map([
      ["A", { kind: "no-copy" as const }],
      ["B", { kind: "waits-for" as const, systems: ["A"] }],
      ["C", { kind: "host-lost" as const, host: "hv1", hostKey: "hv1" }],
    ]);
    const systems = ["A", "B", "C"].map((id) => ({ id, ready: null, transferEnd: null }));
    expect(timelineNote(result([...systems, { id: "D", ready: 30, transferEnd: 20 }]), 1, reasons)).toBe(
      "Never ready in this scenario: A (no surviving copy), B (waits for A), C (its recovery host hv1 is lost in this scenario).",
    );
  });

  it("says so when nothing is affected, and has nothing to add when every affected system is drawn", () => {
    expect(timelineNote(result([{ id: "A", affected: false, ready: null, transferEnd: null }]), 0)).toBe("No system is affected in this scenario, so nothing needs restoring.");
    expect(timelineNote(result([{ id: "A", ready: 30, transferEnd: 20 }, { id: "T", ready: 40, transferEnd: null }]), 2)).toBeNull();
  });
});
