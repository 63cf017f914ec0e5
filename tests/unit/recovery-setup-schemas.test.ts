import { describe, expect, it } from "vitest";
import { copySchema, hostSchema, locationSchema, policySchema, vmFactsSchema } from "@/lib/recovery/setup/schemas";
import { fieldErrorsOf } from "@/lib/validation";

const errors = (result: { success: boolean; error?: unknown }) => (result.success ? {} : fieldErrorsOf(result.error as never));

describe("recovery setup schemas", () => {
  it("reads form strings into numbers, blanks into nulls, and online/offline into a boolean", () => {
    const parsed = locationSchema.parse({ planId: "p", key: "usb", name: "USB", online: "offline", immutableDays: "0", throughputMBps: "120", streamMBps: "", maxStreams: "1", retrievalMinutes: "90" });
    expect(parsed).toMatchObject({ online: false, throughputMBps: 120, streamMBps: null, retrievalMinutes: 90, siteId: null, description: "" });
  });

  it("names the field in every message", () => {
    const result = locationSchema.safeParse({ planId: "p", key: "NAS", name: "", immutableDays: "-1", throughputMBps: "abc", maxStreams: "1.5", retrievalMinutes: "" });
    expect(errors(result)).toEqual({
      key: "Key: use lower-case letters, digits and hyphens, starting with a letter or digit.",
      name: "Name: required.",
      immutableDays: "Immutable for (days): enter 0 days or more.",
      throughputMBps: "Throughput (MB/s): write it as plain digits, e.g. 60 or 1.5.",
      maxStreams: "Parallel restores: enter a whole number.",
      retrievalMinutes: "Retrieval time (minutes): enter minutes, or a duration like 90min, 4h or 1d.",
    });
    expect(errors(hostSchema.safeParse({ planId: "p", key: "h", name: "H", ramMiB: "0", reservedMiB: "0", readyAfterMinutes: "0" }))).toMatchObject({
      ramMiB: "Memory (MiB): enter a number above 0.",
    });
  });

  it("lets a new record's key be blank (made from its name later), but not an edit's", () => {
    const location = { planId: "p", name: "USB", immutableDays: "0", throughputMBps: "120", maxStreams: "1", retrievalMinutes: "0" };
    expect(locationSchema.parse({ ...location, key: "  " }).key).toBeUndefined();
    expect(locationSchema.parse(location).key).toBeUndefined();
    expect(locationSchema.parse({ ...location, key: " usb " }).key).toBe("usb");
    expect(errors(locationSchema.safeParse({ ...location, locationId: "l1", version: "1", key: "" }))).toEqual({ key: "Key: give a short id, e.g. nas or cloud-dr." });
    const host = { planId: "p", name: "H", ramMiB: "1024", reservedMiB: "0", readyAfterMinutes: "0" };
    expect(hostSchema.parse({ ...host, key: "" }).key).toBeUndefined();
    expect(errors(hostSchema.safeParse({ ...host, hostId: "h1", version: "1", key: " " }))).toEqual({ key: "Key: give a short id, e.g. nas or cloud-dr." });
    const policy = { planId: "p", name: "N", windowMinutes: "60", targetId: "t", cron: "0 23 * * *", timezone: "UTC" };
    expect(policySchema.parse({ ...policy, key: "" }).key).toBeUndefined();
    expect(errors(policySchema.safeParse({ ...policy, policyId: "x", version: "1", key: "" }))).toEqual({ key: "Key: give a short id, e.g. nas or cloud-dr." });
  });

  it("checks a policy's schedule with the engine: cron rule, time zone, or interval and anchor", () => {
    const base = { planId: "p", key: "n", name: "N", windowMinutes: "60", targetId: "t" };
    expect(policySchema.parse({ ...base, cron: "0 */3 * * *", timezone: "Europe/London", systemIds: "a,b,a" })).toMatchObject({ scheduleKind: "cron", systemIds: ["a", "b"] });
    expect(errors(policySchema.safeParse({ ...base, cron: "0 25 * * *", timezone: "UTC" })).cron).toMatch(/^Cron: /);
    expect(errors(policySchema.safeParse({ ...base, scheduleKind: "interval", everyMinutes: "", anchor: "2026-01-01" }))).toEqual({
      everyMinutes: "Every (minutes): enter minutes, or a duration like 90min, 4h or 1d.",
      anchor: "Anchor: an instant with its offset, e.g. 2026-01-01T00:00:00Z.",
    });
  });

  it("refuses a policy or copy schedule more often than every 5 minutes with the engine's words, and a lag over a week, as the what-if does", () => {
    const why = "model continuous protection as a replica";
    const policy = { planId: "p", key: "n", name: "N", windowMinutes: "60", targetId: "t" };
    expect(errors(policySchema.safeParse({ ...policy, cron: "* * * * *", timezone: "Europe/London" }))).toEqual({
      cron: `Cron: runs more often than every 5 minutes (at 00:00 and 00:01); ${why}.`,
    });
    expect(errors(policySchema.safeParse({ ...policy, scheduleKind: "interval", everyMinutes: "3", anchor: "2026-01-01T00:00:00Z" }))).toEqual({
      everyMinutes: `Every (minutes): runs more often than every 5 minutes (every 3 min); ${why}.`,
    });
    const copy = { planId: "p", policyId: "x", version: "1", toId: "l", lagMinutes: "0", mode: "scheduled" };
    expect(errors(copySchema.safeParse({ ...copy, scheduleKind: "interval", everyMinutes: "1", anchor: "2026-01-01T00:00:00Z" }))).toEqual({
      everyMinutes: `Every (minutes): runs more often than every 5 minutes (every 1 min); ${why}.`,
    });
    expect(errors(copySchema.safeParse({ ...copy, mode: "rotation", lagMinutes: "8d", cron: "0 17 * * 5", timezone: "UTC" }))).toEqual({
      lagMinutes: "Lag (minutes): enter at most 1 week (10,080 minutes).",
    });
    // 15-minute log backups and 5-minute copies are fine.
    expect(policySchema.safeParse({ ...policy, cron: "*/15 * * * *", timezone: "UTC" }).success).toBe(true);
    expect(copySchema.safeParse({ ...copy, scheduleKind: "interval", everyMinutes: "5", anchor: "2026-01-01T00:00:00Z" }).success).toBe(true);
  });

  it("needs a schedule only for scheduled and rotated copies", () => {
    const base = { planId: "p", policyId: "x", version: "1", toId: "l", lagMinutes: "30" };
    expect(copySchema.safeParse({ ...base, mode: "immediate" }).success).toBe(true);
    expect(errors(copySchema.safeParse({ ...base, mode: "rotation", cron: "" }))).toEqual({
      cron: "Cron: enter five fields (minute hour day-of-month month day-of-week).",
    });
  });

  it("keeps VM facts in range", () => {
    const base = { planId: "p", systemId: "s", version: "1", bootMinutes: "5", verifyMinutes: "5", priority: "3" };
    expect(vmFactsSchema.parse({ ...base, ramMiB: "", usedGB: "12.5" })).toMatchObject({ ramMiB: null, usedGB: 12.5, hostId: null, dependsOnIds: [], recoveryHosts: {} });
    expect(errors(vmFactsSchema.safeParse({ ...base, priority: "0" }))).toEqual({ priority: "Priority: enter a number of at least 1." });
  });
});
