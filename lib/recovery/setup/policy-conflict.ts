import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/context";
import type { Conflict } from "@/lib/errors";
import { describeConflict, type Shown } from "@/lib/concurrency/stale-edit";
import { byName, duration, namedId, namedList, plainText, showFields } from "@/lib/concurrency/show-fields";
import { scheduleText } from "@/lib/recovery/setup/conflict-fields";

type Scope = { orgId: string; planId: string };
type Snapshot = Record<string, unknown>;

/**
 * The audited writes that bump a policy's version: its form, and adding or removing a copy (a
 * copy belongs to its policy, so those rows are the policy's and keep its copies before and after).
 */
export const POLICY_WRITES = ["recovery.policy.updated", "recovery.copy.created", "recovery.copy.deleted"];

type PolicyRow = { key: string; name: string; cron: string | null; timezone: string; everyMinutes: number | null; anchor: Date | null; windowMinutes: number; targetId: string };

/** What the audit log records of a policy's own fields. */
export const policySnapshot = (p: PolicyRow, systemIds: string[]) => ({
  key: p.key, name: p.name, cron: p.cron, timezone: p.timezone, everyMinutes: p.everyMinutes, anchor: p.anchor?.toISOString() ?? null,
  windowMinutes: p.windowMinutes, targetId: p.targetId, systemIds: [...systemIds].sort(),
});

type CopyRow = { toId: string; mode: string; lagMinutes: number; cron: string | null; timezone: string; everyMinutes: number | null; anchor: Date | null };

/** A policy's copies as the audit log records them, in the order the page lists them. */
export const copiesSnapshot = (copies: CopyRow[]) =>
  copies.map((c) => ({ toId: c.toId, mode: c.mode, lagMinutes: c.lagMinutes, cron: c.cron, timezone: c.timezone, everyMinutes: c.everyMinutes, anchor: c.anchor?.toISOString() ?? null }));

/** The copies of a policy of the actor's organisation, in the page's order, for a snapshot. */
export async function policyCopies(tx: Tx, actor: Pick<Actor, "orgId">, policyId: string) {
  const copies = await tx.policyCopy.findMany({ where: { orgId: actor.orgId, policyId }, orderBy: [{ sortOrder: "asc" }, { id: "asc" }] });
  return copiesSnapshot(copies);
}

/** Shows a policy as its page does: locations as "name (key)", systems by name, one schedule, its copies. */
export async function showPolicy(tx: Tx, scope: Scope): Promise<(snapshot: Snapshot) => Shown> {
  // One after another: a transaction's queries share one connection.
  const locations = await tx.backupLocation.findMany({ where: scope, select: { id: true, key: true, name: true } });
  const systems = await tx.system.findMany({ where: scope, select: { id: true, name: true } });
  const locationNames = new Map(locations.map((l) => [l.id, `${l.name} (${l.key})`]));
  const copyText = (copy: Record<string, unknown>) =>
    `${plainText(copy.mode)} to ${namedId(locationNames)(copy.toId)}${copy.mode === "immediate" ? "" : ` (${scheduleText(copy)})`}, lag ${duration(copy.lagMinutes)}`;
  const fields = showFields({
    key: { label: "Key" },
    name: { label: "Name" },
    targetId: { label: "Target location", text: namedId(locationNames) },
    windowMinutes: { label: "Window (minutes)" },
    systemIds: { label: "Systems it backs up", text: namedList(byName(systems)) },
    copies: { label: "Copies", text: (copies) => (Array.isArray(copies) && copies.length ? copies.map(copyText).join("; ") : "none") },
  });
  return (snapshot) => ({ ...fields(snapshot), ...("cron" in snapshot ? { schedule: { label: "Schedule", text: scheduleText(snapshot) } } : {}) });
}

/** What happened to a policy (its fields and copies) since the version a refused form started from. */
export async function describePolicyConflict(tx: Tx, actor: Pick<Actor, "orgId">, scope: Scope, policyId: string, startedFrom: number): Promise<Conflict> {
  const policy = await tx.backupPolicy.findFirstOrThrow({ where: { ...scope, id: policyId }, include: { systems: { select: { id: true } } } });
  return describeConflict(tx, {
    actor,
    entityType: "backupPolicy",
    entityId: policyId,
    actions: POLICY_WRITES,
    startedFrom,
    current: { version: policy.version, snapshot: { ...policySnapshot(policy, policy.systems.map((s) => s.id)), copies: await policyCopies(tx, actor, policyId) } },
    show: await showPolicy(tx, scope),
  });
}
