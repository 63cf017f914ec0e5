/**
 * `npm run reminders` as an operator runs it (`tsx --conditions=react-server`, the conditions the
 * worker's daily schedule runs the same use case under): it starts (it once crashed at start,
 * importing Next's navigation through the member session's module, as the worker once did), tells
 * the committee of a finding past its day, and nobody twice. In a database of its own, since it
 * reads every organisation: it must not remind other files' organisations while they run. One
 * organisation whose reminders fail (a write Postgres refuses) is reported and ends the run with a
 * non-zero code, but the organisations after it are still reminded.
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

  it("reminds the other organisations when one fails, and names the one that failed", { timeout: 120_000 }, async () => {
    const seed = async (name: string) => {
      const org = await client.organization.create({ data: { name, slug: `script-${randomBytes(4).toString("hex")}` } });
      const user = await client.user.create({ data: { email: `committee-${org.id}@example.test`, name: "Casey Committee", passwordHash: "unused" } });
      await client.membership.create({ data: { orgId: org.id, userId: user.id, role: "committee" } });
      const plan = await client.plan.create({ data: { orgId: org.id, name: `${name} office` } });
      await client.finding.create({ data: { orgId: org.id, planId: plan.id, description: "Fire doors wedged open", severity: "high", dueOn: new Date("2026-01-05T00:00:00Z") } });
      return { org, user };
    };
    const [a, b] = [await seed("Alder Mill"), await seed("Birch Yard")];
    // The organisation read first (by id) fails: Postgres refuses its reminders' insert.
    const [failing, other] = a.org.id < b.org.id ? [a, b] : [b, a];
    await client.$executeRawUnsafe(`
      CREATE FUNCTION refuse_reminder() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'disk full'; END $$`);
    await client.$executeRawUnsafe(`CREATE TRIGGER refuse_reminder BEFORE INSERT ON "Reminder" FOR EACH ROW WHEN (NEW."orgId" = '${failing.org.id}') EXECUTE FUNCTION refuse_reminder()`);
    try {
      const run = await runScript();
      expect(run.code, run.output).toBe(1);
      expect(run.output).toContain(`Due reminders failed for the organisation “${failing.org.name}” (${failing.org.id}):`);
      expect(run.output).toContain("disk full");
      expect(run.output).toContain("Due reminders: 1 sent; 1 organisation failed.");
      expect(await client.notification.count({ where: { userId: other.user.id } })).toBe(1);
      expect(await client.notification.count({ where: { userId: failing.user.id } })).toBe(0);
    } finally {
      await client.$executeRawUnsafe(`DROP TRIGGER refuse_reminder ON "Reminder"`);
      await client.$executeRawUnsafe(`DROP FUNCTION refuse_reminder()`);
    }
  });
});
