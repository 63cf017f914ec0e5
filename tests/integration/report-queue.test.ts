/**
 * The process's job queue when Postgres was unreachable at the moment it first started: the
 * failure is not kept, and the next request starts the queue once Postgres answers. This file
 * reaches Postgres through a relay it can switch on (tcp-relay.ts), so the "outage" is its own.
 */
import { afterAll, describe, expect, it } from "vitest";
import { queue, REPORT_QUEUE } from "@/lib/reports/queue";
import { tcpRelay } from "./tcp-relay";

const target = new URL(process.env.DATABASE_URL!);
// Nothing listens on the relay's port yet; the app's configuration points at it before its first use.
const relay = await tcpRelay(target);
process.env.DATABASE_URL = relay.url;

afterAll(async () => {
  await (await queue()).stop({ graceful: false, wait: true });
  await relay.close();
});

describe("the report queue", () => {
  it("is started again by the next request after a start that failed", async () => {
    await expect(queue()).rejects.toMatchObject({ code: "ECONNREFUSED" });

    await relay.open();
    const boss = await queue();
    expect(await boss.getQueue(REPORT_QUEUE)).toMatchObject({ name: REPORT_QUEUE });
    // One instance for the process from then on.
    expect(await queue()).toBe(boss);
  });
});
