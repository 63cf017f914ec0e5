/**
 * The process's job queue when Postgres was unreachable at the moment it first started: the
 * failure is not kept, and the next request starts the queue once Postgres answers. This file
 * reaches Postgres through a forwarder it can switch on, so the "outage" is its own.
 */
import net from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { queue, REPORT_QUEUE } from "@/lib/reports/queue";

const target = new URL(process.env.DATABASE_URL!);
const sockets = new Set<net.Socket>();
const forwarder = net.createServer((client) => {
  const server = net.connect(Number(target.port || 5432), target.hostname);
  for (const socket of [client, server]) {
    sockets.add(socket);
    socket.on("error", () => socket.destroy());
    socket.on("close", () => sockets.delete(socket));
  }
  client.pipe(server).pipe(client);
});

// A port that nothing listens on yet; the app's configuration points at it before its first use.
const port = await new Promise<number>((resolve) => {
  const probe = net.createServer().listen(0, "127.0.0.1", () => {
    const { port } = probe.address() as net.AddressInfo;
    probe.close(() => resolve(port));
  });
});
const viaForwarder = new URL(target);
viaForwarder.host = `127.0.0.1:${port}`;
process.env.DATABASE_URL = viaForwarder.toString();

afterAll(async () => {
  await (await queue()).stop({ graceful: false, wait: true });
  for (const socket of sockets) socket.destroy();
  await new Promise((resolve) => forwarder.close(resolve));
});

describe("the report queue", () => {
  it("is started again by the next request after a start that failed", async () => {
    await expect(queue()).rejects.toMatchObject({ code: "ECONNREFUSED" });

    await new Promise<void>((resolve) => forwarder.listen(port, "127.0.0.1", resolve));
    const boss = await queue();
    expect(await boss.getQueue(REPORT_QUEUE)).toMatchObject({ name: REPORT_QUEUE });
    // One instance for the process from then on.
    expect(await queue()).toBe(boss);
  });
});
