import net, { type AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createPlan } from "@/lib/plans/create-plan";
import { setApprovers } from "@/lib/versions/set-approvers";
import { submitPlan } from "@/lib/versions/submit-plan";
import { decideVersion } from "@/lib/versions/decide-version";
import { withdrawVersion } from "@/lib/versions/withdraw-version";
import { deliverPendingEmails, EMAIL_ATTEMPTS } from "@/lib/notifications/deliver-emails";
import { startEmailWorker } from "@/lib/notifications/start-email-worker";
import { retryNotificationEmail } from "@/lib/notifications/retry-notification-email";
import { declareIncident } from "@/lib/incidents/declare-incident";
import { updateEmailPreferences } from "@/lib/notifications/update-email-preferences";
import { sendOrganisationReminders } from "@/lib/reminders/send-due-reminders";
import { removeMember } from "@/lib/members/remove-member";
import { addMember } from "@/lib/members/add-member";
import { makeOrg } from "./factories";

type Mail = { to: string[]; data: string };
const received: Mail[] = [];

// A real SMTP listener on loopback: what the app sends is what a mail server would receive. It
// takes a moment over each mail, as a real one does, so that two workers overlap.
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS", "AUTH"],
  onData(stream, session, callback) {
    let data = "";
    stream.on("data", (chunk: Buffer) => (data += chunk.toString("utf8")));
    stream.on("end", () => {
      received.push({ to: session.envelope.rcptTo.map((r) => r.address), data });
      setTimeout(callback, 50);
    });
  },
});

// The app talks to it through this door, which can instead hang: accept the connection and never
// greet, as the mail server of the incident did.
let hang = false;
const sockets = new Set<net.Socket>();
const door = net.createServer((client) => {
  sockets.add(client);
  client.on("close", () => sockets.delete(client));
  client.on("error", () => client.destroy());
  if (hang) return;
  const upstream = net.connect((server.server.address() as AddressInfo).port, "127.0.0.1");
  upstream.on("error", () => client.destroy());
  client.pipe(upstream).pipe(client);
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  await new Promise<void>((resolve) => door.listen(0, "127.0.0.1", resolve));
  process.env.SMTP_URL = `smtp://127.0.0.1:${(door.address() as AddressInfo).port}`;
  process.env.NEXTAUTH_URL = "https://continuity.example.com";
});

afterAll(async () => {
  delete process.env.SMTP_URL;
  delete process.env.NEXTAUTH_URL;
  for (const socket of sockets) socket.destroy();
  await new Promise<void>((resolve) => door.close(() => resolve()));
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

// Each test starts with a mail server that answers.
beforeEach(() => {
  hang = false;
});

const mailsTo = (email: string) => received.filter((m) => m.to.includes(email));

/** Sends every notification waiting for its e-mail, a test's own and whatever other test files wrote meanwhile. */
async function drain() {
  hang = false;
  while ((await deliverPendingEmails()) > 0);
}

/**
 * Other test files write notifications at the same time (every declared incident tells every
 * member) and a run takes the oldest 50: what they have written so far is set aside as sent, which
 * nobody reads, rather than mailed one by one, so that what a test then runs is about its own (the
 * notifications of `keepUserIds` are kept: a test's own, once it has made them, are then the oldest).
 */
async function setOthersAside(keepUserIds: string[] = []) {
  await db.notification.updateMany({ where: { emailedAt: null, emailFailedAt: null, userId: { notIn: keepUserIds } }, data: { emailedAt: new Date() } });
}

async function waitFor(condition: () => Promise<boolean>, ms = 15_000) {
  const until = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > until) throw new Error("Timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A plan submitted for approval by `approvers` (their notifications are what is e-mailed). */
async function submitted(approvers: ("executive" | "auditor")[] = ["executive"]) {
  const org = await makeOrg();
  // Approvers are executives: the auditor becomes one when asked to approve.
  if (approvers.includes("auditor")) await db.membership.updateMany({ where: { userId: org.actors.auditor.userId }, data: { role: "executive" } });
  const plan = await createPlan({ actor: org.actors.committee, input: { name: "E-mailed plan" } });
  await setApprovers({ actor: org.actors.admin, input: { planId: plan.id, approverIds: approvers.map((role) => org.actors[role].userId) } });
  const started = Date.now();
  await submitPlan({ actor: org.actors.committee, input: { planId: plan.id } });
  return { org, plan, submitMs: Date.now() - started };
}

const noteOf = (userId: string) => db.notification.findFirstOrThrow({ where: { userId } });

describe("notification e-mail", () => {
  it("e-mails each approver once, after the submission commits, with a link to the version", async () => {
    await setOthersAside();
    const { org, plan } = await submitted();
    // Two instances delivering at once still send one e-mail.
    await Promise.all([deliverPendingEmails(), deliverPendingEmails()]);
    await drain();
    const mine = mailsTo(org.actors.executive.email);
    expect(mine).toHaveLength(1);
    expect(mine[0].data).toContain("asks you to approve version 1 of");
    expect(mine[0].data.replace(/=\r?\n/g, "")).toContain(`https://continuity.example.com/plans/${plan.id}/approval/versions/1`);
    expect(await noteOf(org.actors.executive.userId)).toMatchObject({ emailAttempts: 1, emailError: null, emailFailedAt: null, emailNextAt: null });
    expect((await noteOf(org.actors.executive.userId)).emailedAt).toBeInstanceOf(Date);

    await deliverPendingEmails();
    expect(mailsTo(org.actors.executive.email)).toHaveLength(1);
  });

  it("e-mails every other member an incident declared under a plan, with a link to the incident, as it does an approval request", async () => {
    await setOthersAside();
    const org = await makeOrg();
    const plan = await createPlan({ actor: org.actors.committee, input: { name: "Bristol operations" } });
    const incident = await declareIncident({ actor: org.actors.executive, input: { planId: plan.id, title: "Head office flooded", declaredAt: "", declaredByName: "Daniel Okafor" } });
    await drain();
    for (const member of [org.actors.admin, org.actors.committee, org.actors.auditor]) {
      const mine = mailsTo(member.email);
      expect(mine).toHaveLength(1);
      const text = mine[0].data.replace(/=\r?\n/g, "");
      expect(text).toContain("Head office flooded");
      expect(text).toContain(`https://continuity.example.com/plans/${plan.id}/incidents/${incident.id}`);
      expect((await noteOf(member.userId)).emailedAt).toBeInstanceOf(Date);
    }
    expect(mailsTo(org.actors.executive.email)).toHaveLength(0);
  });

  it("never e-mails someone removed from the organisation what was written to them while they were a member, even once they join another", async () => {
    await setOthersAside();
    hang = true;
    const org = await makeOrg();
    const plan = await createPlan({ actor: org.actors.committee, input: { name: "Bristol operations" } });
    await declareIncident({ actor: org.actors.executive, input: { planId: plan.id, title: "Head office flooded", declaredAt: "", declaredByName: "Daniel Okafor" } });
    const { admin, auditor, committee } = org.actors;
    await setOthersAside([admin.userId, auditor.userId, committee.userId]);
    // The mail server was down: the first try failed, and the next is in the worker's schedule.
    await deliverPendingEmails({ timeoutMs: 200 });
    expect((await noteOf(auditor.userId)).emailError).toMatch(/Greeting never received/);

    const memberships = await db.membership.findMany({ where: { userId: { in: [auditor.userId, committee.userId] } }, select: { id: true, userId: true } });
    const membershipOf = (userId: string) => memberships.find((m) => m.userId === userId)!.id;
    await removeMember({ actor: admin, input: { membershipId: membershipOf(auditor.userId) } });
    await removeMember({ actor: admin, input: { membershipId: membershipOf(committee.userId) } });
    const elsewhere = await makeOrg();
    await addMember({ actor: elsewhere.actors.admin, input: { email: committee.email, name: committee.name, role: "committee", password: "a new member's password" } });

    // The mail server answers again, and the worker's next tries fall due.
    hang = false;
    const later = new Date(Date.now() + 30 * 60_000);
    while ((await deliverPendingEmails({ now: () => later })) > 0);
    await drain();
    expect(mailsTo(auditor.email)).toHaveLength(0);
    expect(mailsTo(committee.email)).toHaveLength(0);
    expect(mailsTo(admin.email)).toHaveLength(1);
  });

  it("e-mails a declared incident in the next run, ahead of a backlog of reminders and approvals written before it", async () => {
    await setOthersAside();
    const org = await makeOrg();
    const plan = await createPlan({ actor: org.actors.committee, input: { name: "Backlogged plan" } });
    // A morning's reminders for a large organisation, still waiting when the incident is declared.
    const earlier = new Date(Date.now() - 60_000);
    await db.notification.createMany({
      data: Array.from({ length: 60 }, (_, i) => ({ orgId: org.orgId, userId: org.actors.auditor.userId, kind: "reminders" as const, planId: plan.id, message: `Reminder ${i}`, href: `/plans/${plan.id}`, createdAt: earlier })),
    });
    await declareIncident({ actor: org.actors.executive, input: { planId: plan.id, title: "Head office flooded", declaredAt: "", declaredByName: "Daniel Okafor" } });
    await deliverPendingEmails();
    expect(mailsTo(org.actors.admin.email).map((m) => m.data.replace(/=\r?\n/g, "").includes("Head office flooded"))).toEqual([true]);
    expect((await db.notification.findFirstOrThrow({ where: { userId: org.actors.committee.userId, kind: "incidents" } })).emailedAt).toBeInstanceOf(Date);
    await drain();
    expect(mailsTo(org.actors.auditor.email)).toHaveLength(61);
  });

  it("never e-mails an approval or a reminder to a member who turned that kind off, but still e-mails them incidents, each saying how to stop such e-mails", async () => {
    await setOthersAside();
    const org = await makeOrg();
    const { admin, committee, executive } = org.actors;
    await updateEmailPreferences({ actor: executive, input: { emailReminders: "on", version: "1" } });
    await updateEmailPreferences({ actor: committee, input: { emailApprovals: "on", version: "1" } });
    const plan = await createPlan({ actor: committee, input: { name: "Bristol operations" } });
    await setApprovers({ actor: admin, input: { planId: plan.id, approverIds: [executive.userId] } });
    await submitPlan({ actor: committee, input: { planId: plan.id } });
    // Its approval expired long ago: the admin, the committee and the executive are reminded.
    await db.planVersion.create({
      data: { orgId: org.orgId, planId: plan.id, number: 99, status: "approved", snapshot: {}, hash: "9".repeat(64), contentRevision: 0, decidedAt: new Date(Date.now() - 400 * 86_400_000), approvedForDays: 365 },
    });
    await sendOrganisationReminders({ orgId: org.orgId, now: new Date() });
    await declareIncident({ actor: admin, input: { planId: plan.id, title: "Head office flooded", declaredAt: "", declaredByName: "Daniel Okafor" } });
    await drain();

    const texts = (email: string) => mailsTo(email).map((mail) => mail.data.replace(/=\r?\n/g, ""));
    const link = "https://continuity.example.com/account/notifications";
    // Two reminders: the approval expired, and the plan was never tested (decision 68), which goes to its editors only.
    expect(texts(admin.email)).toHaveLength(2);
    const reminder = texts(admin.email).find((text) => text.includes("approval expired"));
    expect(reminder).toContain(`To stop e-mails about reminders, turn them off at ${link}`);
    // The approver turned approvals off: the request is in the app only; the reminder and the incident come.
    expect(texts(executive.email).filter((text) => text.includes("asks you to approve"))).toEqual([]);
    expect(texts(executive.email)).toHaveLength(2);
    // The committee turned reminders off: only the incident, whose e-mail says it cannot be turned off.
    expect(texts(committee.email)).toHaveLength(1);
    expect(texts(committee.email)[0]).toContain("Head office flooded");
    expect(texts(committee.email)[0]).toContain(`E-mails about incidents are always sent; choose which others you are e-mailed at ${link}`);
    const skipped = await db.notification.findMany({ where: { orgId: org.orgId, emailWanted: false } });
    expect(skipped.map((note) => `${note.userId === executive.userId ? "executive" : "committee"} ${note.kind}`).sort()).toEqual(["committee reminders", "committee reminders", "executive approvals"]);
    for (const note of skipped) expect(note).toMatchObject({ emailedAt: null, emailAttempts: 0, emailNextAt: null, emailFailedAt: null });
  });

  it("a hung mail server neither slows the submission nor loses the mail: the worker fails the try, keeps the reason, and sends it once the server answers", async () => {
    await setOthersAside();
    hang = true;
    const stop = startEmailWorker({ pollMs: 100, timeoutMs: 3_000 });
    try {
      const { org, submitMs } = await submitted();
      await setOthersAside([org.actors.executive.userId]);
      // The request never waits for the mail server, which the worker gives up on after 3 s: a
      // submission that waited would take longer (a loaded machine takes a second to submit).
      expect(submitMs).toBeLessThan(3_000);
      await waitFor(async () => (await noteOf(org.actors.executive.userId)).emailError !== null);
      const failed = await noteOf(org.actors.executive.userId);
      expect(failed).toMatchObject({ emailedAt: null, emailAttempts: 1, emailFailedAt: null });
      expect(failed.emailError).toMatch(/Greeting never received/);
      // Tried again after a wait, not at every poll.
      expect(failed.emailNextAt!.getTime()).toBeGreaterThan(Date.now() + 30_000);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect((await noteOf(org.actors.executive.userId)).emailAttempts).toBe(1);

      hang = false;
      await setOthersAside([org.actors.executive.userId]);
      await deliverPendingEmails({ now: () => new Date(Date.now() + 2 * 60_000) });
      const sent = await noteOf(org.actors.executive.userId);
      expect(sent).toMatchObject({ emailAttempts: 2, emailError: null, emailFailedAt: null });
      expect(sent.emailedAt).toBeInstanceOf(Date);
      expect(mailsTo(org.actors.executive.email)).toHaveLength(1);
    } finally {
      await stop();
      hang = false;
    }
  });

  it(`gives up after ${EMAIL_ATTEMPTS} failed tries, leaving the last reason, and never sends it later`, async () => {
    await setOthersAside();
    hang = true;
    const { org } = await submitted();
    await setOthersAside([org.actors.executive.userId]);
    let later = Date.now();
    for (let i = 0; i < EMAIL_ATTEMPTS + 2; i += 1) {
      later += 24 * 60_000;
      const at = later;
      await deliverPendingEmails({ now: () => new Date(at), timeoutMs: 200 });
    }
    const note = await noteOf(org.actors.executive.userId);
    expect(note).toMatchObject({ emailedAt: null, emailAttempts: EMAIL_ATTEMPTS, emailNextAt: null });
    expect(note.emailFailedAt).toBeInstanceOf(Date);
    expect(note.emailError).toMatch(/Greeting never received/);
    await drain();
    expect(mailsTo(org.actors.executive.email)).toHaveLength(0);
  });

  it("an e-mail an administrator tries again is tried once more at the next run, however old; failing again, it gives up at once", async () => {
    await setOthersAside();
    const { org } = await submitted();
    const { id } = await noteOf(org.actors.executive.userId);
    // As the worker left it two days ago: every try failed.
    const gaveUp = new Date(Date.now() - 2 * 24 * 3_600_000);
    await db.notification.update({
      where: { id },
      data: { createdAt: gaveUp, emailAttempts: EMAIL_ATTEMPTS, emailError: "Greeting never received", emailFailedAt: gaveUp },
    });
    await drain();
    expect(mailsTo(org.actors.executive.email)).toHaveLength(0);

    hang = true;
    await retryNotificationEmail({ actor: org.actors.admin, input: { notificationId: id } });
    await deliverPendingEmails({ timeoutMs: 200 });
    const again = await noteOf(org.actors.executive.userId);
    expect(again).toMatchObject({ emailedAt: null, emailAttempts: EMAIL_ATTEMPTS + 1, emailNextAt: null });
    expect(again.emailFailedAt!.getTime()).toBeGreaterThan(gaveUp.getTime());

    await retryNotificationEmail({ actor: org.actors.admin, input: { notificationId: id } });
    await drain();
    const sent = await noteOf(org.actors.executive.userId);
    expect(sent).toMatchObject({ emailAttempts: EMAIL_ATTEMPTS + 2, emailError: null, emailFailedAt: null, emailNextAt: null });
    expect(sent.emailedAt).toBeInstanceOf(Date);
    expect(mailsTo(org.actors.executive.email)).toHaveLength(1);
  });

  it("two workers side by side send each notification once, promptly and without any request's help", async () => {
    await setOthersAside();
    const workers = [startEmailWorker({ pollMs: 20 }), startEmailWorker({ pollMs: 20 })];
    try {
      const { org } = await submitted(["executive", "auditor"]);
      const approvers = [org.actors.executive, org.actors.auditor];
      await waitFor(async () => (await db.notification.count({ where: { userId: { in: approvers.map((a) => a.userId) }, emailedAt: { not: null } } })) === 2);
      // Both keep polling a while: still one mail each.
      await new Promise((resolve) => setTimeout(resolve, 500));
      for (const approver of approvers) {
        expect(mailsTo(approver.email)).toHaveLength(1);
        expect((await noteOf(approver.userId)).emailAttempts).toBe(1);
      }
    } finally {
      await Promise.all(workers.map((stop) => stop()));
    }
  });

  it("never e-mails an approver a request the mail server held up until the version was withdrawn, or decided by another approver", async () => {
    await setOthersAside();
    hang = true;
    const { org, plan } = await submitted(["executive", "auditor"]);
    const { executive, auditor, committee } = org.actors;
    await setOthersAside([executive.userId, auditor.userId]);
    // The mail server was down: the first tries failed, and the next are in the worker's schedule.
    await deliverPendingEmails({ timeoutMs: 200 });
    expect((await noteOf(auditor.userId)).emailError).toMatch(/Greeting never received/);

    // Version 1 is rejected by one approver: the other's request to decide on it is moot.
    const versionHash = (await db.planVersion.findFirstOrThrow({ where: { planId: plan.id, number: 1 } })).hash;
    await decideVersion({ actor: executive, input: { planId: plan.id, number: 1, decision: "rejected", versionHash, comment: "The call tree is out of date." } });
    // Version 2 is submitted and withdrawn before the server answers: both its requests are moot.
    await submitPlan({ actor: committee, input: { planId: plan.id } });
    await withdrawVersion({ actor: committee, input: { planId: plan.id, number: 2 } });
    await setOthersAside([executive.userId, auditor.userId]);

    hang = false;
    const later = new Date(Date.now() + 30 * 60_000);
    while ((await deliverPendingEmails({ now: () => later })) > 0);
    await drain();
    expect(mailsTo(executive.email)).toHaveLength(0);
    expect(mailsTo(auditor.email)).toHaveLength(0);
    // Nothing is left for an administrator to try again, nor counted as failed.
    expect(await db.notification.count({ where: { userId: { in: [executive.userId, auditor.userId] }, emailWanted: true, emailedAt: null } })).toBe(0);
  });
});
