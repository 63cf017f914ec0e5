import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createPlan } from "@/lib/plans/create-plan";
import { createSystem } from "@/lib/systems/create-system";
import { loadSystemTargets } from "@/lib/priorities/load-system-targets";
import { makeOrg } from "./factories";

describe("a plan's system targets, reused while the plan is unchanged", () => {
  it("reads a function's new RTO, a new link and a new dependency at once, since each bumps the plan's content revision", async () => {
    const { orgId, actors } = await makeOrg("Targets");
    const plan = await createPlan({ actor: actors.committee, input: { name: "Bristol" } });
    const sql = await createSystem({ actor: actors.committee, input: { planId: plan.id, name: "SQL01", kind: "vm" } });
    const app = await createSystem({ actor: actors.committee, input: { planId: plan.id, name: "ERP-APP", kind: "vm" } });
    const scope = { orgId, planId: plan.id };
    const fn = await db.businessFunction.create({ data: { ...scope, name: "Order taking", rtoMinutes: 240, rpoMinutes: 60 } });
    const read = () => loadSystemTargets({ actor: { orgId }, planId: plan.id });

    expect((await read()).get(sql.id)?.rto).toBeNull();
    // The same answer while nothing changed: the very same result.
    expect(await read()).toBe(await read());

    await db.businessFunction.update({ where: { id: fn.id }, data: { systems: { connect: [{ id: app.id }] } } });
    expect((await read()).get(app.id)?.rto?.minutes).toBe(240);

    await db.system.update({ where: { id: app.id }, data: { dependsOn: { connect: [{ id: sql.id }] } } });
    expect((await read()).get(sql.id)?.rto?.minutes).toBe(240);

    await db.businessFunction.update({ where: { id: fn.id }, data: { rtoMinutes: 120 } });
    const after = await read();
    expect([after.get(app.id)?.rto?.minutes, after.get(sql.id)?.rto?.minutes]).toEqual([120, 120]);
  });
});
