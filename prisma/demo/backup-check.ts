/**
 * The demo's first test of "Bristol operations": a backup check in January 2026, before version 1
 * was submitted in February, with the backup console's report as evidence. Seeded before the
 * approvals, so that version 1 holds the evidence of a test held before it and none held after.
 * It measures no restore and covers no scenario: the recovery figures and the test schedule stay
 * those of the later tests (exercises.ts).
 */
import { createHash } from "node:crypto";
import type { StageSeed } from "./index";

const BACKUP_REPORT = `2026-01-27 09:10:03 Veeam job report "Nightly image backup", 7 nights from 2026-01-20, repository NAS-BKP01
2026-01-27 09:10:03 DC01      7/7 success  last 2026-01-26 23:04:12  61 GB
2026-01-27 09:10:03 SQL01     7/7 success  last 2026-01-26 23:41:55  538 GB
2026-01-27 09:10:03 ERP-APP   7/7 success  last 2026-01-26 23:12:30  118 GB
2026-01-27 09:10:03 WMS       7/7 success  last 2026-01-26 23:09:47  88 GB
2026-01-27 09:10:03 WEB-SHOP  7/7 success  last 2026-01-26 23:02:18  34 GB
2026-01-27 09:10:03 PAYROLL   7/7 success  last 2026-01-26 23:03:05  44 GB
2026-01-27 09:10:03 FILE01    7/7 success  last 2026-01-27 01:52:40  1184 GB
2026-01-27 09:10:04 Copy to USB rotation: drive OFFSITE-B written 2026-01-23 18:02:11, taken off site 2026-01-23
2026-01-27 09:24:51 File-level restore started: FILE01 D:\\Shares\\Scans\\Deliveries\\2026-01-19\\DN-48213.pdf from restore point 2026-01-27 01:52:40
2026-01-27 09:28:40 File-level restore finished: success, 1 file, 2.1 MB, restored to D:\\RestoreTest on FILE01
`;

export const seedBackupCheck: StageSeed = async (tx, ctx) => {
  if (ctx.orgSlug !== "harbour-lane-foods" || ctx.planName !== "Bristol operations") return;
  const { orgId, planId } = ctx;
  const people = await tx.person.findMany({ where: { orgId, name: { in: ["Alex Morgan", "Priya Shah"] } }, select: { id: true } });
  const systems = await tx.system.findMany({ where: { orgId, planId, name: { in: ["SQL01", "FILE01"] } }, select: { id: true } });

  // The cadence the plan was approved with: part of what version 1 froze.
  await tx.plan.update({ where: { id: planId }, data: { testCadenceDays: 365 } });

  const check = await tx.exercise.create({
    data: {
      orgId,
      planId,
      type: "checklist",
      title: "Nightly backup and file restore check",
      conductedOn: new Date("2026-01-27T00:00:00Z"),
      objectives: "Confirm that every system of the plan had a successful nightly backup in the past week, that the off-site USB drive was rotated, and that a single file restores from the NAS.",
      successCriteria: "Seven successful nights for every system; the USB drive written within the week; a scanned delivery note restored and opened within 15 minutes.",
      narrative:
        "Alex Morgan went through the backup console with Priya Shah: every system had seven successful nights, and drive OFFSITE-B had been written and taken off site the Friday before. A delivery note scanned the week before was restored from FILE01's backup on the NAS in 4 minutes and opened. No full restore was timed: that is for the restore simulation later in the year.",
      result: "passed",
      participants: { connect: people },
      systems: { connect: systems },
    },
  });

  const report = Buffer.from(BACKUP_REPORT, "utf8");
  await tx.attachment.create({
    data: {
      orgId,
      planId,
      exerciseId: check.id,
      fileName: "backup-check-2026-01-27.log",
      contentType: "text/plain",
      sizeBytes: report.length,
      sha256: createHash("sha256").update(report).digest("hex"),
      data: report,
    },
  });
};
