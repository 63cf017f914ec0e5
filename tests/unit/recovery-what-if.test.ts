import { describe, expect, it } from "vitest";
import { assessModel } from "@/lib/engine";
import { toRecoveryModel } from "@/lib/recovery/to-model";
import { applyWhatIf } from "@/lib/recovery/what-if";
import { compareAssessments } from "@/lib/recovery/dashboard/compare";
import { NOW, officeRows } from "./recovery-rows";

function assessRows(rows: ReturnType<typeof officeRows>) {
  const result = assessModel(toRecoveryModel(rows, NOW).model);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.assessment;
}

const sqlIn = (a: ReturnType<typeof assessRows>, scenario: string) => a.scenarios.find((s) => s.id === scenario)!.systems.find((s) => s.id === "SQL")!;

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
});
