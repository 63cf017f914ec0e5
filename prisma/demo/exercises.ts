/**
 * Demo tests of "Bristol operations" held since version 1 was approved in February: a ransomware
 * tabletop in March and a restore simulation in September 2026, with measured restores, one
 * finding still open and one closed, and a restore log as evidence. Seeded after the approvals,
 * so that the version does not list them and the plan shows them as added since. Systems and people are linked by name; scenarios by key, when the risk stage
 * has seeded them. The measured restores record their systems' targets as seeded, as the app
 * records them (decision 45).
 */
import { createHash } from "node:crypto";
import type { Prisma } from "../../lib/generated/prisma/client";
import { readSystemTargets } from "../../lib/priorities/load-system-targets";
import { targetMinutes } from "../../lib/exercises/measurement-checker";
import type { StageSeed } from "./index";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

const RESTORE_LOG = `2026-09-22 09:02:11 Restore job "SQL01 full VM" started on HV02 from repository NAS-BKP01
2026-09-22 09:02:40 Restore point: 2026-09-21 23:00:04 (nightly)
2026-09-22 10:47:55 Disk SQL01_C.vhdx restored (120 GB)
2026-09-22 11:21:30 Disk SQL01_D.vhdx restored (380 GB)
2026-09-22 11:32:02 VM SQL01 powered on; SQL Server service running
2026-09-22 11:32:09 Restore job finished: success, duration 2:30:00, 500 GB
`;

export const seedExercises: StageSeed = async (tx, ctx) => {
  if (ctx.orgSlug !== "harbour-lane-foods" || ctx.planName !== "Bristol operations") return;
  const { orgId, planId } = ctx;
  const people = await tx.person.findMany({ where: { orgId }, select: { id: true, name: true } });
  const systems = await tx.system.findMany({ where: { orgId, planId }, select: { id: true, name: true } });
  const scenarios = await tx.scenario.findMany({ where: { orgId, planId }, select: { id: true, key: true } });
  const person = (name: string) => people.find((p) => p.name === name)?.id ?? null;
  const system = (name: string) => {
    const found = systems.find((s) => s.name === name);
    if (!found) throw new Error(`Demo system ${name} is missing.`);
    return found.id;
  };
  const connect = (ids: (string | null | undefined)[]) => ids.filter((id): id is string => Boolean(id)).map((id) => ({ id }));
  const scenario = (key: string) => scenarios.find((s) => s.key === key)?.id;
  const targets = await readSystemTargets(tx, { orgId, planId });
  const recorded = (systemId: string) => {
    const { rtoMinutes, rpoMinutes } = targetMinutes(targets.get(systemId));
    return { systemId, targetsRecorded: true, rtoTargetMinutes: rtoMinutes, rpoTargetMinutes: rpoMinutes };
  };

  const tabletop = await tx.exercise.create({
    data: {
      orgId,
      planId,
      type: "walkthrough",
      title: "Ransomware tabletop",
      conductedOn: day("2026-03-18"),
      objectives: "Walk through the first 24 hours of a ransomware attack: detection, call-out, containment and the decision to restore.",
      successCriteria: "Everyone knows their role; the ERT is reached within 30 minutes; the restore order is agreed.",
      narrative:
        "Scenario: files on FILE01 encrypted on a Monday at 07:30. The IT Manager declared an incident at 08:05 and the call-out reached all ERT members by 08:25, but two mobile numbers on the master call list were out of date. The team agreed to restore DC01, SQL01 and ERP-APP first, then WMS. Insurance notification and customer communications were rehearsed.",
      result: "passed_with_findings",
      participants: { connect: connect(["Priya Shah", "Alex Morgan", "Daniel Okafor", "Mark Evans", "Sarah Lewis"].map(person)) },
      systems: { connect: connect([system("DC01"), system("SQL01"), system("ERP-APP"), system("FILE01")]) },
      scenarios: { connect: connect([scenario("ransomware")]) },
    },
  });

  const simulation = await tx.exercise.create({
    data: {
      orgId,
      planId,
      type: "simulation",
      title: "SQL01 and FILE01 restore simulation",
      conductedOn: day("2026-09-22"),
      objectives: "Measure real restore times of SQL01 from the NAS and FILE01 from the off-site USB drive onto the spare host.",
      successCriteria: "SQL01 back within its 4-hour RTO; FILE01 within 8 hours; data loss within the RPO of 24 hours.",
      narrative:
        "SQL01 was restored from the NAS onto HV02 in 2 hours 30 minutes and the ERP opened against it. FILE01 was restored from the USB drive held off site, which took 5 hours 10 minutes; the drive's newest backup turned out to be 9 days old.",
      result: "passed_with_findings",
      participants: { connect: connect(["Alex Morgan", "Priya Shah"].map(person)) },
      systems: { connect: connect([system("SQL01"), system("FILE01")]) },
      scenarios: { connect: connect([scenario("site-loss")]) },
      measurements: {
        create: [
          { orgId, ...recorded(system("SQL01")), locationKey: "nas", restoreMinutes: 150, dataLossMinutes: 45, usedGB: 500, notes: "Nightly backup; restored to HV02." },
          // Not measured in the test (the drive turned out 9 days stale): left blank, never "none lost" (decision 71).
          { orgId, ...recorded(system("FILE01")), locationKey: "usb", restoreMinutes: 310, dataLossMinutes: null, notes: "Off-site USB drive fetched from the MD's home." },
        ],
      },
    },
  });

  const findings: Prisma.FindingCreateManyInput[] = [
    {
      orgId,
      planId,
      exerciseId: simulation.id,
      description: "Off-site USB drive was 9 days old",
      severity: "high",
      ownerId: person("Alex Morgan"),
      dueOn: day("2026-12-15"),
      status: "open",
    },
    {
      orgId,
      planId,
      exerciseId: tabletop.id,
      description: "Two mobile numbers on the master call list were out of date",
      severity: "medium",
      ownerId: person("Priya Shah"),
      dueOn: day("2026-04-15"),
      status: "closed",
      closedNote: "Master call list re-checked with every ERT member on 2 April 2026; a quarterly check is now on the committee's agenda.",
      closedAt: day("2026-04-02"),
    },
  ];
  await tx.finding.createMany({ data: findings });

  const log = Buffer.from(RESTORE_LOG, "utf8");
  await tx.attachment.create({
    data: {
      orgId,
      planId,
      exerciseId: simulation.id,
      fileName: "sql01-restore-2026-09-22.log",
      contentType: "text/plain",
      sizeBytes: log.length,
      sha256: createHash("sha256").update(log).digest("hex"),
      data: log,
    },
  });
};
