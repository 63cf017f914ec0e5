import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createPlan } from "@/lib/plans/create-plan";
import { setApprovers } from "@/lib/versions/set-approvers";
import { submitPlan } from "@/lib/versions/submit-plan";
import { deliverPendingEmails } from "@/lib/notifications/deliver-emails";
import { makeOrg } from "./factories";

type Mail = { to: string[]; data: string };
const received: Mail[] = [];

// A real SMTP listener on loopback: what the app sends is what a mail server would receive.
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS", "AUTH"],
  onData(stream, session, callback) {
    let data = "";
    stream.on("data", (chunk: Buffer) => (data += chunk.toString("utf8")));
    stream.on("end", () => {
      received.push({ to: session.envelope.rcptTo.map((r) => r.address), data });
      callback();
    });
  },
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  process.env.SMTP_URL = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  process.env.NEXTAUTH_URL = "https://continuity.example.com";
});

afterAll(async () => {
  delete process.env.SMTP_URL;
  delete process.env.NEXTAUTH_URL;
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe("notification e-mail", () => {
  it("e-mails each approver once, after the submission commits, with a link to the version", async () => {
    const org = await makeOrg();
    const plan = await createPlan({ actor: org.actors.committee, input: { name: "E-mailed plan" } });
    await setApprovers({ actor: org.actors.admin, input: { planId: plan.id, approverIds: [org.actors.executive.userId] } });
    await submitPlan({ actor: org.actors.committee, input: { planId: plan.id } });

    // Two instances delivering at once still send one e-mail.
    const counts = await Promise.all([deliverPendingEmails(), deliverPendingEmails()]);
    // Other test files write notifications at the same time, and a run sends the oldest 50 first:
    // deliver until nothing is left, so this organisation's turn has come.
    while ((await deliverPendingEmails()) > 0);
    const mine = received.filter((m) => m.to.includes(org.actors.executive.email));
    expect(mine).toHaveLength(1);
    expect(counts.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(1);
    expect(mine[0].data).toContain("asks you to approve version 1 of");
    expect(mine[0].data.replace(/=\r?\n/g, "")).toContain(`https://continuity.example.com/plans/${plan.id}/approval/versions/1`);
    const note = await db.notification.findFirstOrThrow({ where: { userId: org.actors.executive.userId } });
    expect(note.emailedAt).not.toBeNull();

    await deliverPendingEmails();
    expect(received.filter((m) => m.to.includes(org.actors.executive.email))).toHaveLength(1);
  });
});
