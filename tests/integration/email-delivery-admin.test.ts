/**
 * Settings → Notification e-mail: an organisation's administrators see what became of its
 * notification e-mails (sent, waiting, failed for good, and the failed and failing ones with their
 * recipient and last error), are warned of failures by one count, and can try a failed one again.
 * Notification rows are written here as the worker leaves them (lib/notifications/deliver-emails.ts,
 * exercised against a real mail server in notification-email.test.ts).
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { countFailedEmails } from "@/lib/notifications/count-failed-emails";
import { listEmailDelivery } from "@/lib/notifications/list-email-delivery";
import { retryNotificationEmail } from "@/lib/notifications/retry-notification-email";
import { removeMember } from "@/lib/members/remove-member";
import { actionText, recordKind } from "@/lib/audit/audit-display";
import { makeOrg, refused, type TestOrg } from "./factories";

// Configured, so the view counts; nothing in this file sends (no worker runs here).
process.env.SMTP_URL = "smtp://127.0.0.1:9";

const HOUR = 3_600_000;
const ago = (ms: number) => new Date(Date.now() - ms);

type State = "sent" | "waiting" | "failing" | "failed" | "old-failed" | "expired";

/** A notification to the organisation's executive whose e-mail is in `state`, as the worker leaves it. */
async function note(org: TestOrg, state: State, message = `About ${state}`) {
  const base = { orgId: org.orgId, userId: org.actors.executive.userId, message, href: "/plans/p1/approval/versions/1" };
  const data = {
    sent: { emailedAt: ago(HOUR), emailAttempts: 1 },
    waiting: {},
    failing: { emailAttempts: 2, emailError: "Greeting never received", emailNextAt: new Date(Date.now() + 2 * 60_000) },
    failed: { emailAttempts: 5, emailError: "Connection refused", emailFailedAt: ago(HOUR) },
    "old-failed": { createdAt: ago(10 * 24 * HOUR), emailAttempts: 5, emailError: "Old failure", emailFailedAt: ago(9 * 24 * HOUR) },
    expired: { createdAt: ago(2 * 24 * HOUR) },
  }[state];
  return db.notification.create({ data: { ...base, ...data } });
}

const rowOf = (id: string) => db.notification.findUniqueOrThrow({ where: { id } });
const auditsOf = (orgId: string) => db.auditLog.findMany({ where: { orgId, entityType: "notification" }, orderBy: { createdAt: "asc" } });

describe("e-mail delivery for administrators", () => {
  it("counts the organisation's e-mails of the last week and lists the failed and failing ones, newest first, with recipient and error", async () => {
    const org = await makeOrg();
    const other = await makeOrg();
    for (const state of ["sent", "sent", "waiting", "expired", "old-failed"] as const) await note(org, state);
    const failing = await note(org, "failing");
    const failed = await note(org, "failed");
    await note(other, "failed", "Another organisation's");

    const delivery = await listEmailDelivery({ actor: org.actors.admin });
    expect(delivery.configured).toBe(true);
    expect(delivery.counts).toEqual({ sent: 2, waiting: 2, failed: 1, expired: 1 });
    expect(delivery.problemCount).toBe(2);
    expect(delivery.problems.map((p) => p.id)).toEqual([failed.id, failing.id]);
    expect(delivery.problems[0]).toMatchObject({
      recipient: { name: org.actors.executive.name, email: org.actors.executive.email },
      message: "About failed",
      href: "/plans/p1/approval/versions/1",
      attempts: 5,
      error: "Connection refused",
      nextAt: null,
    });
    expect(delivery.problems[0].failedAt).toBeInstanceOf(Date);
    expect(delivery.problems[1]).toMatchObject({ attempts: 2, error: "Greeting never received", failedAt: null });
    expect(await countFailedEmails({ actor: org.actors.admin })).toBe(1);

    // The other organisation's administrator sees its own failure only.
    const theirs = await listEmailDelivery({ actor: other.actors.admin });
    expect(theirs.problems.map((p) => p.message)).toEqual(["Another organisation's"]);
    expect(theirs.counts).toEqual({ sent: 0, waiting: 0, failed: 1, expired: 0 });
  });

  it("an empty week has nothing to list", async () => {
    const org = await makeOrg();
    await note(org, "sent");
    const delivery = await listEmailDelivery({ actor: org.actors.admin });
    expect(delivery.problems).toEqual([]);
    expect(delivery.counts).toEqual({ sent: 1, waiting: 0, failed: 0, expired: 0 });
    expect(await countFailedEmails({ actor: org.actors.admin })).toBe(0);
  });

  it("Try again puts a failed e-mail back in the worker's schedule, due now, its tries kept, with an audit row", async () => {
    const org = await makeOrg();
    const failed = await note(org, "failed");
    const now = new Date();
    expect(await retryNotificationEmail({ actor: org.actors.admin, input: { notificationId: failed.id }, now })).toEqual({ recipient: org.actors.executive.name });

    const row = await rowOf(failed.id);
    expect(row).toMatchObject({ emailFailedAt: null, emailNextAt: now, emailAttempts: 5, emailError: "Connection refused", emailedAt: null });
    const [audit] = await auditsOf(org.orgId);
    expect(audit).toMatchObject({ action: "notification.email_retried", entityId: failed.id, actorId: org.actors.admin.userId, planId: null });
    expect(audit.before).toMatchObject({ emailAttempts: 5, emailFailedAt: failed.emailFailedAt!.toISOString(), emailNextAt: null });
    expect(audit.after).toMatchObject({ emailFailedAt: null, emailNextAt: now.toISOString(), recipientId: org.actors.executive.userId });
    expect(actionText(audit.action)).toBe("Failed e-mail queued to try again");
    expect(recordKind(audit.entityType)).toBe("Notification e-mail");

    // Waiting now, not failed: listed as being tried, the warning gone.
    const delivery = await listEmailDelivery({ actor: org.actors.admin });
    expect(delivery.counts).toMatchObject({ failed: 0, waiting: 1 });
    expect(delivery.problems).toMatchObject([{ id: failed.id, failedAt: null, nextAt: now }]);
    expect(await countFailedEmails({ actor: org.actors.admin })).toBe(0);
  });

  it("Try again on an e-mail that has not failed, or of another organisation, changes nothing", async () => {
    const org = await makeOrg();
    const other = await makeOrg();
    const sent = await note(org, "sent");
    const failing = await note(org, "failing");
    const theirs = await note(other, "failed");
    const before = await Promise.all([sent, failing, theirs].map((n) => rowOf(n.id)));

    for (const id of [sent.id, failing.id]) {
      const error = await refused(retryNotificationEmail({ actor: org.actors.admin, input: { notificationId: id } }));
      expect(error.code).toBe("CONFLICT");
      expect(error.message).toBe(`The e-mail to ${org.actors.executive.name} has not failed: it was sent, or is already waiting to be tried.`);
    }
    const foreign = await refused(retryNotificationEmail({ actor: org.actors.admin, input: { notificationId: theirs.id } }));
    expect(foreign.code).toBe("NOT_FOUND");
    expect(foreign.message).toBe("The notification e-mail was not found.");
    expect((await refused(retryNotificationEmail({ actor: org.actors.admin, input: { notificationId: "" } }))).fieldErrors).toHaveProperty("notificationId");

    expect(await Promise.all([sent, failing, theirs].map((n) => rowOf(n.id)))).toEqual(before);
    expect(await auditsOf(org.orgId)).toEqual([]);
    expect(await auditsOf(other.orgId)).toEqual([]);
  });

  it("a removed member's e-mails not yet sent are no longer sent: not waiting, not failed, and Try again is refused naming them", async () => {
    const org = await makeOrg();
    const [waiting, failing, failed, sent] = await Promise.all([note(org, "waiting"), note(org, "failing"), note(org, "failed"), note(org, "sent")]);
    const executive = org.actors.executive;
    const { id: membershipId } = await db.membership.findUniqueOrThrow({ where: { userId: executive.userId }, select: { id: true } });
    await removeMember({ actor: org.actors.admin, input: { membershipId, warnedVersionIds: "" } });

    for (const { id } of [waiting, failing, failed]) expect((await rowOf(id)).emailWanted).toBe(false);
    expect((await rowOf(sent.id)).emailWanted).toBe(true);
    const delivery = await listEmailDelivery({ actor: org.actors.admin });
    expect(delivery.counts).toMatchObject({ sent: 1, waiting: 0, failed: 0 });
    expect(delivery.problems).toEqual([]);
    expect(await countFailedEmails({ actor: org.actors.admin })).toBe(0);

    const before = await rowOf(failed.id);
    const error = await refused(retryNotificationEmail({ actor: org.actors.admin, input: { notificationId: failed.id } }));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toBe(`${executive.name} is no longer a member of the organisation: e-mails are not sent to them.`);
    expect(await rowOf(failed.id)).toEqual(before);
    expect(await auditsOf(org.orgId)).toEqual([]);
  });

  it("is for administrators only: other roles are refused and change nothing", async () => {
    const org = await makeOrg();
    const failed = await note(org, "failed");
    for (const role of ["committee", "executive", "auditor"] as const) {
      const actor = org.actors[role];
      expect((await refused(listEmailDelivery({ actor }))).code).toBe("FORBIDDEN");
      expect((await refused(countFailedEmails({ actor }))).code).toBe("FORBIDDEN");
      expect((await refused(retryNotificationEmail({ actor, input: { notificationId: failed.id } }))).code).toBe("FORBIDDEN");
    }
    expect(await rowOf(failed.id)).toEqual(failed);
    expect(await auditsOf(org.orgId)).toEqual([]);
  });
});
