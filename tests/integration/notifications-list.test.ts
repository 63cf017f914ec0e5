/**
 * The Notifications page: a member's notifications, newest first, a page at a time. Its unread
 * count and "Mark all as read" cover every unread notification, not only the page shown: the
 * header counted them all while the page, which listed the newest 100, counted only those, so an
 * older unread one kept the header's count up with no way to clear it.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { listNotifications, markNotificationsRead, NOTIFICATIONS_PAGE_SIZE, unreadCount } from "@/lib/notifications/list-notifications";
import { makeOrg } from "./factories";

/** `count` notifications to the member, the oldest first, one minute apart; the oldest `unread` unread. */
async function notes({ orgId, userId }: { orgId: string; userId: string }, count: number, unread: number) {
  const start = Date.now() - count * 60_000;
  await db.notification.createMany({
    data: Array.from({ length: count }, (_, i) => ({
      orgId,
      userId,
      message: `Note ${i + 1}`,
      href: "",
      createdAt: new Date(start + i * 60_000),
      readAt: i < unread ? null : new Date(),
      emailWanted: false,
    })),
  });
}

describe("the Notifications page", () => {
  it("counts the unread notifications beyond the page shown, and pages back to them", async () => {
    const org = await makeOrg("Notes");
    const actor = org.actors.committee;
    const total = NOTIFICATIONS_PAGE_SIZE + 5;
    await notes(actor, total, 2);

    const first = await listNotifications({ actor, query: {} });
    expect(first.rows).toHaveLength(NOTIFICATIONS_PAGE_SIZE);
    expect(first.rows[0].message).toBe(`Note ${total}`);
    expect(first.rows.every((n) => n.readAt)).toBe(true);
    // The header's count and the page's agree, though the page shows none of them.
    expect(first.unread).toBe(2);
    expect(await unreadCount({ actor })).toBe(2);
    expect(first.total).toBe(total);
    expect(first.pageCount).toBe(2);

    const second = await listNotifications({ actor, query: { page: "2" } });
    expect(second.page).toBe(2);
    expect(second.rows.map((n) => n.message)).toEqual(["Note 5", "Note 4", "Note 3", "Note 2", "Note 1"]);
    expect(second.rows.filter((n) => !n.readAt).map((n) => n.message)).toEqual(["Note 2", "Note 1"]);

    await markNotificationsRead({ actor });
    expect((await listNotifications({ actor, query: {} })).unread).toBe(0);
    expect(await unreadCount({ actor })).toBe(0);
  });

  it("lists only the member's own notifications, and a page past the end shows the last", async () => {
    const org = await makeOrg("Notes");
    await notes(org.actors.committee, 3, 1);
    await notes(org.actors.auditor, 1, 1);
    const page = await listNotifications({ actor: org.actors.committee, query: { page: "9" } });
    expect(page.page).toBe(1);
    expect(page.rows.map((n) => n.message)).toEqual(["Note 3", "Note 2", "Note 1"]);
    expect(page.unread).toBe(1);
    expect(page.total).toBe(3);
  });
});
