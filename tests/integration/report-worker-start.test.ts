/**
 * An instance that starts while Postgres cannot be reached: the report worker's start does not
 * throw (it would fail the app's boot for good), keeps trying with a line in the log per attempt,
 * and attaches by itself once Postgres answers, then takes jobs. The "outage" is this file's own:
 * it reaches Postgres through a forwarder that listens only once the test lets it.
 */
import net from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { REPORT_QUEUE } from "@/lib/reports/queue";
import { startReportWorkerInBackground } from "@/lib/reports/start-workers";

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

const port = await new Promise<number>((resolve) => {
  const probe = net.createServer().listen(0, "127.0.0.1", () => {
    const { port } = probe.address() as net.AddressInfo;
    probe.close(() => resolve(port));
  });
});
const viaForwarder = new URL(target);
viaForwarder.host = `127.0.0.1:${port}`;
process.env.DATABASE_URL = viaForwarder.toString();

const lines: string[] = [];
// Short waits so the test sees several attempts; the real schedule is tests/unit/jobs-retry-delay.test.ts's.
const worker = startReportWorkerInBackground({ delayMs: () => 100, log: (line) => lines.push(line), stopTimeoutMs: 1000 });

afterAll(async () => {
  await worker.stop();
  for (const socket of sockets) socket.destroy();
  await new Promise((resolve) => forwarder.close(resolve));
});

async function until(condition: () => boolean | Promise<boolean>, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("the report worker started while Postgres is unreachable", () => {
  it("keeps trying, one log line per failure, and takes jobs once Postgres answers", async () => {
    await until(() => lines.length >= 3);
    for (const [index, line] of lines.entries()) {
      expect(line).toMatch(new RegExp(`^Report worker could not start \\(attempt ${index + 1}\\): connect ECONNREFUSED 127\\.0\\.0\\.1:${port}\\. Trying again in 0\\.1 seconds\\.$`));
    }

    await new Promise<void>((resolve) => forwarder.listen(port, "127.0.0.1", resolve));
    const boss = await worker.started;
    expect(boss).not.toBeNull();

    // A job for a report that does not exist: the worker takes it and completes it at once.
    const id = await boss!.send(REPORT_QUEUE, { reportId: "no-such-report" });
    expect(id).toBeTruthy();
    await until(async () => (await boss!.getJobById(REPORT_QUEUE, id!))?.state === "completed");
  });
});
