import { describe, expect, it } from "vitest";
import { timelineNote } from "@/lib/reports/pdf/chapter-readiness";

describe("the PDF's note on a scenario's timeline", () => {
  const result = (systems: { id: string; affected: boolean; ready: number | null; transferEnd: number | null }[]) =>
    ({
      id: "s",
      hosts: [],
      consistencyGroups: [],
      processes: [],
      systems: systems.map((x) => ({
        id: x.id,
        affected: x.affected,
        rpo: { worstCaseMinutes: null, atDisasterMinutes: null, target: null, status: "no-target" as const, location: null },
        rto: { achievableMinutes: x.ready, target: 60, status: "breached" as const, restoreStart: 0, transferEnd: x.transferEnd, ready: x.ready, host: "h", source: null },
      })),
    });

  it("never says nothing needs restoring when affected systems cannot be placed", () => {
    const note = timelineNote(result([{ id: "A", affected: true, ready: null, transferEnd: null }, { id: "B", affected: true, ready: null, transferEnd: null }]), 0);
    expect(note).toBe("None of the 2 affected systems can be drawn. Never ready in this scenario (no surviving copy, no room on the recovery host, or waiting for one that is not): A, B.");
  });

  it("says so when nothing is affected, and names measured restores left out of the chart", () => {
    expect(timelineNote(result([{ id: "A", affected: false, ready: null, transferEnd: null }]), 0)).toBe("No system is affected in this scenario, so nothing needs restoring.");
    expect(timelineNote(result([{ id: "A", affected: true, ready: 30, transferEnd: 20 }, { id: "T", affected: true, ready: 40, transferEnd: null }]), 1)).toBe(
      "Restored in the time a restore test measured, not drawn: T.",
    );
    expect(timelineNote(result([{ id: "A", affected: true, ready: 30, transferEnd: 20 }]), 1)).toBeNull();
  });
});
