/**
 * `npm run reminders` as an operator runs it (`tsx --conditions=react-server`, the conditions the
 * worker's daily schedule runs the same use case under): it starts (it once crashed at start,
 * importing Next's navigation through the member session's module, as the worker once did), tells
 * the committee of a finding past its day, and nobody twice. In a database of its own, since it
 * reads every organisation: it must not remind other files' organisations while they run.
 */
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabaseIfMissing, dropDatabase, migrate, withDatabase } from "../../scripts/lib/database";
import { scriptClient } from "../../scripts/lib/prisma";
import { startScript } from "./start-script";

const adminUrl = withDatabase(process.env.DATABASE_URL!, "postgres");
const name = `continuity_reminders_${randomBytes(4).toString("hex")}`;
const url = withDatabase(adminUrl, name);
const client = scriptClient(url);

beforeAll(async () => {
  await createDatabaseIfMissing(adminUrl, name);
  await migrate(url);
}, 120_000);

afterAll(async () => {
  await client.$disconnect();
  await dropDatabase(adminUrl, name);
});

async function runScript(): Promise<{ code: number | null; output: string }> {
  const script = startScript({ script: "scripts/send-reminders.ts", databaseUrl: url });
  const { code } = await script.exited;
  return { code, output: script.output };
}

describe("npm run reminders", () => {
  it("reminds the committee once of a finding past its day", { timeout: 120_000 }, async () => {
    const org = await client.organization.create({ data: { name: "Script Harbour", slug: `script-${randomBytes(4).toString("hex")}` } });
    const user = await client.user.create({ data: { email: `committee-${org.id}@example.test`, name: "Casey Committee", passwordHash: "unused" } });
    await client.membership.create({ data: { orgId: org.id, userId: user.id, role: "committee" } });
    const plan = await client.plan.create({ data: { orgId: org.id, name: "Quay office" } });
    await client.finding.create({ data: { orgId: org.id, planId: plan.id, description: "Generator never tested", severity: "high", dueOn: new Date("2026-01-05T00:00:00Z") } });

    const first = await runScript();
    expect(first, first.output).toEqual({ code: 0, output: "Due reminders: 1 sent.\n" });
    expect(await client.notification.findMany({ where: { userId: user.id }, select: { message: true } })).toEqual([
      { message: "Quay office: the finding “Generator never tested” was due on 5 Jan 2026. Close it, or agree a new due day and record it." },
    ]);

    const second = await runScript();
    expect(second, second.output).toEqual({ code: 0, output: "Due reminders: 0 sent.\n" });
    expect(await client.notification.count({ where: { userId: user.id } })).toBe(1);
  });
});
