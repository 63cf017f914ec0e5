import { afterAll, describe, expect, it } from "vitest";
import PgBoss from "pg-boss";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { listReports } from "@/lib/reports/list-reports";
import type { Actor } from "@/lib/auth/context";
import { createPlan } from "@/lib/plans/create-plan";
import { REPORT_NOT_QUEUED, requestReport } from "@/lib/reports/request-report";
import { queue } from "@/lib/reports/queue";
import { ABANDONED_AFTER_MS, REPORT_LIMITS } from "@/lib/reports/report-limits";
import { makeOrg, refused, type TestOrg } from "./factories";

afterAll(async () => {
  await (await queue()).stop({ graceful: false, wait: true });
});

async function orgWithPlan(): Promise<TestOrg & { planId: string }> {
  const org = await makeOrg("Limits");
  const plan = await createPlan({ actor: org.actors.committee, input: { name: `Limits ${Math.random()}` } });
  return { ...org, planId: plan.id };
}

const ask = (actor: Actor, planId: string) => requestReport({ actor, input: { planId, version: "draft" } });

/** The organisation's reports, and the report jobs queued for them: one each, never a job without its report. */
async function stored(orgId: string) {
  const reports = await db.report.count({ where: { orgId } });
  const [{ jobs }] = await db.$queryRaw<{ jobs: number }[]>`
    SELECT count(*)::int AS jobs FROM pgboss.job WHERE name = 'report.render' AND data->>'reportId' IN (SELECT id FROM "Report" WHERE "orgId" = ${orgId})`;
  return { reports, jobs };
}

/** A report row as an earlier request left it. */
const earlier = (org: TestOrg & { planId: string }, actor: Actor, data: { status: "queued" | "running" | "done" | "failed"; minutesAgo: number }) =>
  db.report.create({
    data: { orgId: org.orgId, planId: org.planId, requestedById: actor.userId, status: data.status, createdAt: new Date(Date.now() - data.minutesAgo * 60_000) },
  });

describe("limits on report requests", () => {
  it("refuses a member's third unfinished report with what to wait for, stores and queues nothing, and leaves other members alone", async () => {
    const org = await orgWithPlan();
    const { auditor, committee } = org.actors;
    await ask(auditor, org.planId);
    await ask(auditor, org.planId);
    const error = await refused(ask(auditor, org.planId));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toBe("You already have 2 reports being prepared — wait for one to finish, then request another.");
    expect(await stored(org.orgId)).toEqual({ reports: 2, jobs: 2 });
    expect(await db.auditLog.count({ where: { orgId: org.orgId, action: "report.requested" } })).toBe(2);

    await ask(committee, org.planId);
    expect(await stored(org.orgId)).toEqual({ reports: 3, jobs: 3 });
  });

  it("refuses a sixth unfinished report in the organisation, whoever asks, and not another organisation's", async () => {
    const org = await orgWithPlan();
    const other = await orgWithPlan();
    const { admin, committee, executive, auditor } = org.actors;
    for (const actor of [admin, admin, committee, committee, executive]) await ask(actor, org.planId);
    const error = await refused(ask(auditor, org.planId));
    expect(error.message).toBe("Your organisation already has 5 reports being prepared — wait for one of them to finish, then request another.");
    expect(await stored(org.orgId)).toEqual({ reports: REPORT_LIMITS.unfinishedPerOrganisation, jobs: REPORT_LIMITS.unfinishedPerOrganisation });

    await ask(other.actors.auditor, other.planId);
    expect(await stored(other.orgId)).toEqual({ reports: 1, jobs: 1 });
  });

  it("counts neither finished nor failed reports, nor one abandoned by a crashed worker, as unfinished", async () => {
    const org = await orgWithPlan();
    const { auditor } = org.actors;
    const abandoned = Math.ceil(ABANDONED_AFTER_MS / 60_000) + 1;
    await earlier(org, auditor, { status: "done", minutesAgo: 5 });
    await earlier(org, auditor, { status: "failed", minutesAgo: 5 });
    await earlier(org, auditor, { status: "running", minutesAgo: abandoned });
    await earlier(org, auditor, { status: "queued", minutesAgo: abandoned });
    await ask(auditor, org.planId);
    await ask(auditor, org.planId);
    expect(await db.report.count({ where: { orgId: org.orgId, status: "queued" } })).toBe(3);

    // A report running for a while (a large plan, or a retried attempt) still counts.
    const second = await orgWithPlan();
    await earlier(second, second.actors.auditor, { status: "running", minutesAgo: abandoned - 5 });
    await ask(second.actors.auditor, second.planId);
    expect((await refused(ask(second.actors.auditor, second.planId))).message).toMatch(/^You already have 2 reports being prepared/);
  });

  it("refuses a member's 31st request of the hour, finished or not, and says when another is possible", async () => {
    const org = await orgWithPlan();
    const { auditor } = org.actors;
    await earlier(org, auditor, { status: "done", minutesAgo: 70 });
    await earlier(org, auditor, { status: "done", minutesAgo: 50 });
    for (let i = 1; i < REPORT_LIMITS.requestsPerMemberPerHour; i++) await earlier(org, auditor, { status: i % 2 ? "done" : "failed", minutesAgo: 10 });
    const error = await refused(ask(auditor, org.planId));
    expect(error.message).toBe("You have requested 30 reports in the last hour, the most allowed — you can request another in 10 minutes.");
    expect(await db.report.count({ where: { orgId: org.orgId } })).toBe(REPORT_LIMITS.requestsPerMemberPerHour + 1);
    await ask(org.actors.committee, org.planId);
  });

  it("marks a report failed at once when its job cannot be queued, audited, so that it frees its member's slot", async () => {
    const org = await orgWithPlan();
    const { auditor } = org.actors;
    // A pg-boss that was started and stopped: its sends fail as they would with its database gone.
    const stopped = new PgBoss({ connectionString: env().DATABASE_URL });
    await stopped.start();
    await stopped.stop({ graceful: false, wait: true });
    // A running pg-boss without the report queue (a schema of its own): it stores nothing and returns no id.
    const withoutQueue = new PgBoss({ connectionString: env().DATABASE_URL, schema: "pgboss_without_queue" });
    await withoutQueue.start();
    try {
      for (const boss of [stopped, withoutQueue]) {
        const error = await refused(requestReport({ actor: auditor, input: { planId: org.planId, version: "draft" }, jobs: async () => boss }));
        expect(error.message).toBe(REPORT_NOT_QUEUED);
      }
    } finally {
      await withoutQueue.stop({ graceful: false, wait: true });
    }

    const listed = await listReports({ actor: auditor, planId: org.planId });
    expect(listed.map((r) => ({ status: r.status, error: r.error, finished: r.finishedAt !== null }))).toEqual([
      { status: "failed", error: "The report could not be queued — try again.", finished: true },
      { status: "failed", error: "The report could not be queued — try again.", finished: true },
    ]);
    const audit = await db.auditLog.findMany({ where: { orgId: org.orgId, entityType: "report" }, select: { action: true, entityId: true, actorId: true } });
    expect(audit.filter((a) => a.action === "report.failed").map((a) => a.entityId).sort()).toEqual(listed.map((r) => r.id).sort());
    expect(audit.filter((a) => a.action === "report.requested")).toHaveLength(2);
    expect(audit.every((a) => a.actorId === auditor.userId)).toBe(true);
    expect(await stored(org.orgId)).toEqual({ reports: 2, jobs: 0 });

    // Neither counts as being prepared: the member's two slots are free.
    await ask(auditor, org.planId);
    await ask(auditor, org.planId);
    expect(await stored(org.orgId)).toEqual({ reports: 4, jobs: 2 });
  });

  it("lets concurrent requests through only up to each limit", async () => {
    const org = await orgWithPlan();
    const { admin, committee, executive, auditor } = org.actors;
    const mine = await Promise.allSettled(Array.from({ length: 6 }, () => ask(auditor, org.planId)));
    expect(mine.filter((r) => r.status === "fulfilled")).toHaveLength(REPORT_LIMITS.unfinishedPerMember);
    expect(await stored(org.orgId)).toEqual({ reports: 2, jobs: 2 });

    const everyone = await Promise.allSettled([admin, admin, admin, committee, committee, committee, executive, executive].map((actor) => ask(actor, org.planId)));
    expect(everyone.filter((r) => r.status === "fulfilled")).toHaveLength(REPORT_LIMITS.unfinishedPerOrganisation - 2);
    for (const outcome of everyone) {
      if (outcome.status === "rejected") expect(outcome.reason).toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/being prepared — wait for one/) });
    }
    expect(await stored(org.orgId)).toEqual({ reports: 5, jobs: 5 });
  });
});
