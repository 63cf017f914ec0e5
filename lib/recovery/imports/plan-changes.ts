/**
 * What an import would change, computed from the file's rows and the plan's current rows. Pure,
 * so the preview and the apply step compute exactly the same thing (apply recomputes it inside its
 * transaction and refuses if it differs from what was previewed).
 */
import type { PartialPointRow, Repeat, RestorePointRow, RowError, VmRow } from "@/lib/recovery/imports/map-rows";
import { andList } from "@/lib/count";
import { formatInstant } from "@/lib/days";
import { leftOutReason } from "@/lib/recovery/to-model";

type ExistingSystem = {
  id: string;
  name: string;
  hostId: string | null;
  hostName: string;
  ramMiB: number | null;
  usedGB: number | null;
  bootMinutes: number;
  verifyMinutes: number;
  priority: number;
};
type KnownHost = { id: string; key: string; name: string };

type VmFields = Partial<Pick<ExistingSystem, "hostId" | "hostName" | "ramMiB" | "usedGB" | "bootMinutes" | "verifyMinutes" | "priority">>;
export type FieldChange = { field: string; from: string; to: string };

export type VmChange =
  | { kind: "create"; line: number; name: string; data: VmFields; changes: FieldChange[] }
  | { kind: "update"; line: number; name: string; id: string; data: VmFields; before: VmFields; changes: FieldChange[] };

export type ChangePlan<C> = { changes: C[]; unchanged: number; warnings: string[] };

const show = (value: unknown) => (value === null || value === undefined || value === "" ? "—" : String(value));

/** A host cell matches a host by key or name, or by its first DNS label ("hv01.corp.local" → hv01). */
export function findHost(hosts: KnownHost[], cell: string): KnownHost | undefined {
  const wanted = cell.trim().toLowerCase();
  const label = wanted.split(".")[0];
  return (
    hosts.find((h) => h.key === wanted || h.name.toLowerCase() === wanted) ??
    hosts.find((h) => h.key === label || h.name.toLowerCase() === label)
  );
}

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/**
 * Whether two host cells name the same host: equal ignoring case and a trailing dot, or a bare
 * name and a DNS name whose first label it is ("ESX01" and "esx01.corp.local"), as Hyper-V and
 * RVTools exports name one host. Two DNS names in different domains ("esx01.site-a.local",
 * "esx01.site-b.local") are different hosts, and an IP address only matches itself.
 */
export function sameHostName(a: string, b: string): boolean {
  const [x, y] = [a, b].map((h) => h.trim().toLowerCase().replace(/\.$/, ""));
  if (x === y) return true;
  if (x === "" || y === "" || IPV4.test(x) || IPV4.test(y)) return false;
  const [bare, dotted] = x.includes(".") ? [y, x] : [x, y];
  return !bare.includes(".") && dotted.split(".")[0] === bare;
}

const FIELDS = ["ramMiB", "usedGB", "bootMinutes", "verifyMinutes", "priority"] as const;

type HostChange = { data: VmFields; before: VmFields; change: FieldChange | null; warning: string | null };

/**
 * What a row's host cell changes, shown as the VM list shows a host: the plan's host by key, or
 * the name an import gave "(not linked)". A host of the plan links the system to it, the name as
 * the file writes it stored with the link (the VM list's "(not linked)" should the link be
 * removed). A host the plan does not have is stored only on a system with no host linked, where
 * the VM list and the system's page show it; a linked system keeps its host, and a name stored
 * behind that link would be shown nowhere, so the row does not change it (and is not counted as
 * updated for it).
 */
function hostChange({ row, existing, hosts }: { row: VmRow; existing: ExistingSystem | undefined; hosts: KnownHost[] }): HostChange {
  const none: HostChange = { data: {}, before: {}, change: null, warning: null };
  const cell = row.hostName;
  if (cell === undefined) return none;
  const hostKey = (id: string | null) => hosts.find((h) => h.id === id)?.key;
  const from = !existing ? "—" : existing.hostId ? (hostKey(existing.hostId) ?? "—") : existing.hostName ? `${existing.hostName} (not linked)` : "—";
  const before: VmFields = existing ? { hostId: existing.hostId, hostName: existing.hostName } : {};
  const host = findHost(hosts, cell);
  if (host) {
    if (existing?.hostId === host.id) return none;
    return { data: { hostId: host.id, hostName: cell }, before, change: { field: "host", from, to: host.key }, warning: null };
  }
  const unknown = `Line ${row.line}: host "${cell}" is not one of this plan's hosts, so ${existing?.name ?? row.name}`;
  const fix = "Add the host under Setup and import again to link it.";
  if (existing?.hostId) return { ...none, warning: `${unknown} keeps its current host. ${fix}` };
  const warning = `${unknown} has no host, and the recovery assessment leaves it out. ${fix}`;
  // The same host written another way (another inventory's spelling of it) is no change: the
  // name first imported stays, and alternating RVTools and Hyper-V files changes nothing.
  if (existing && sameHostName(existing.hostName, cell)) return { ...none, warning };
  return { data: { hostName: cell }, before: existing ? { hostName: existing.hostName } : {}, change: { field: "host", from, to: `${cell} (not linked)` }, warning };
}

/**
 * Each row's changes to its system, or the system it creates. A blank cell is no value (the row
 * has no field for it): the system's value is left as it is.
 */
export function planVmChanges(rows: VmRow[], systems: ExistingSystem[], hosts: KnownHost[]): ChangePlan<VmChange> {
  const byName = new Map(systems.map((s) => [s.name.toLowerCase(), s]));
  const changes: VmChange[] = [];
  const warnings: string[] = [];
  let unchanged = 0;
  for (const row of rows) {
    const existing = byName.get(row.name.toLowerCase());
    const host = hostChange({ row, existing, hosts });
    if (host.warning) warnings.push(host.warning);
    const data: VmFields = { ...host.data };
    const before: VmFields = existing ? { ...host.before } : {};
    const diffs: FieldChange[] = host.change ? [host.change] : [];
    for (const field of FIELDS) {
      const to = row[field];
      if (to === undefined) continue;
      const from = existing ? existing[field] : undefined;
      if (existing && from === to) continue;
      Object.assign(data, { [field]: to });
      if (existing) Object.assign(before, { [field]: from });
      diffs.push({ field, from: existing ? show(from) : "—", to: show(to) });
    }
    if (!existing) changes.push({ kind: "create", line: row.line, name: row.name, data, changes: diffs });
    else if (diffs.length) changes.push({ kind: "update", line: row.line, name: existing.name, id: existing.id, data, before, changes: diffs });
    else unchanged++;
  }
  return { changes, unchanged, warnings };
}

type KnownSystem = { id: string; name: string; kind: string; hostId: string | null; ramMiB: number | null; usedGB: number | null };
type KnownLocation = { id: string; key: string; name: string };
type ExistingPoint = { id: string; systemId: string; locationId: string; pointInTime: Date; usableAt: Date; sizeGB: number | null };

export type PointChange =
  | { kind: "create"; line: number; name: string; systemId: string; locationId: string; pointInTime: Date; usableAt: Date; sizeGB: number | null; changes: FieldChange[] }
  | { kind: "update"; line: number; name: string; id: string; usableAt: Date; sizeGB: number | null; changes: FieldChange[] };

/**
 * An instant as the app shows it ("27 Nov 2026, 00:15 UTC"), with its seconds when it has any
 * ("00:15:30 UTC"): a job report's times carry seconds, and two points, or a usable time and its
 * update, a few seconds apart must not read the same.
 */
function at(date: Date): string {
  const seconds = date.getUTCSeconds();
  return seconds ? `${formatInstant(date).slice(0, -" UTC".length)}:${String(seconds).padStart(2, "0")} UTC` : formatInstant(date);
}

const pointKey = (systemId: string, locationId: string, at: Date) => `${systemId}|${locationId}|${at.toISOString()}`;

export type PointHeaders = { system: string; location: string; pointInTime: string };

/** The points a file has shown so far, by system, location and point in time: the first row of each and what it holds. */
export type SeenPoints = Map<string, { line: number; usableAt: number | undefined; sizeGB: number | null | undefined }>;

/**
 * Checks each row's system and location against the plan, and that no two rows are the same
 * restore point (same system, location and point in time, however the file spells them: "nas" and
 * "Synology NAS" are one location, "sql01" and "SQL01" one system). A row that repeats an earlier
 * one, its usable time and size too, is a repeat to skip (a job report listing a point twice);
 * one with another usable time or size is an error. Rows whose cells could not all be read are
 * checked as far as they go. `seen` carries the points met so far across the chunks of one file;
 * each error goes to `report` (a bounded list, for a file of 200,000 rows that are all wrong).
 */
export function checkPointRefs(
  rows: PartialPointRow[],
  systems: KnownSystem[],
  locations: KnownLocation[],
  headers: PointHeaders,
  seen: SeenPoints,
  report: (error: RowError) => void,
): { resolved: Map<number, { system: KnownSystem; location: KnownLocation }>; repeats: Repeat[] } {
  const systemByName = new Map(systems.map((s) => [s.name.toLowerCase(), s]));
  const locationOf = (cell: string) => {
    const wanted = cell.toLowerCase();
    return locations.find((l) => l.key === wanted) ?? locations.find((l) => l.name.toLowerCase() === wanted);
  };
  const resolved = new Map<number, { system: KnownSystem; location: KnownLocation }>();
  const repeats: Repeat[] = [];
  for (const row of rows) {
    const system = row.system === undefined ? undefined : systemByName.get(row.system.toLowerCase());
    const location = row.location === undefined ? undefined : locationOf(row.location);
    if (row.system !== undefined && !system) report({ line: row.line, column: headers.system, message: `"${row.system}" is not a system of this plan.` });
    if (row.location !== undefined && !location) report({ line: row.line, column: headers.location, message: `"${row.location}" is not a backup location of this plan (use its key or name).` });
    if (!system || !location || !row.pointInTime) continue;
    const key = pointKey(system.id, location.id, row.pointInTime);
    const held = { usableAt: row.usableAt?.getTime(), sizeGB: row.sizeGB };
    const first = seen.get(key);
    if (!first) {
      seen.set(key, { line: row.line, ...held });
      resolved.set(row.line, { system, location });
      continue;
    }
    // A cell that could not be read is an error already; whether its row repeats is told once it reads.
    if ([held.usableAt, held.sizeGB, first.usableAt, first.sizeGB].includes(undefined)) continue;
    if (held.usableAt === first.usableAt && held.sizeGB === first.sizeGB) repeats.push({ line: row.line, first: first.line });
    else report({ line: row.line, column: headers.pointInTime, message: `This restore point already appears on line ${first.line}, with another usable time or size.` });
  }
  return { resolved, repeats };
}

/**
 * Restore points match on (system, location, point in time); unknown systems or locations are
 * errors. A row that repeats an earlier one is skipped, and returned in `repeats`. A point usable
 * only after `now` (the import's time: a copy still being written, or a job report's estimate) is
 * saved, since the engine counts a point from its usable time, with a warning per row: the
 * readiness pages will not count it until then. Instants read as the rest of the app writes them.
 */
export function planPointChanges({
  rows,
  systems,
  locations,
  existing,
  headers,
  now,
  seen = new Map(),
}: {
  rows: RestorePointRow[];
  systems: KnownSystem[];
  locations: KnownLocation[];
  existing: ExistingPoint[];
  headers: PointHeaders;
  now: Date;
  /** The points of the file's earlier chunks. */
  seen?: SeenPoints;
}): { ok: true; plan: ChangePlan<PointChange>; repeats: Repeat[] } | { ok: false; errors: RowError[] } {
  const current = new Map(existing.map((p) => [pointKey(p.systemId, p.locationId, p.pointInTime), p]));
  const errors: RowError[] = [];
  const { resolved, repeats } = checkPointRefs(rows, systems, locations, headers, seen, (error) => errors.push(error));
  if (errors.length) return { ok: false, errors };
  const changes: PointChange[] = [];
  const warnings: string[] = [];
  let unchanged = 0;
  for (const row of rows) {
    const found = resolved.get(row.line);
    if (!found) continue;
    const { system, location } = found;
    const name = `${system.name} @ ${location.key} ${at(row.pointInTime)}`;
    if (row.usableAt > now) warnings.push(`Line ${row.line}: ${name} is usable only from ${at(row.usableAt)}: the copy is not usable yet.`);
    const before = current.get(pointKey(system.id, location.id, row.pointInTime));
    if (!before) {
      changes.push({
        kind: "create", line: row.line, name, systemId: system.id, locationId: location.id, pointInTime: row.pointInTime, usableAt: row.usableAt, sizeGB: row.sizeGB,
        // What the point will hold: when it is usable and, when the file gives it, its size.
        changes: [{ field: "usableAt", from: "—", to: at(row.usableAt) }, ...(row.sizeGB === null ? [] : [{ field: "sizeGB", from: "—", to: show(row.sizeGB) }])],
      });
      continue;
    }
    const diffs: FieldChange[] = [];
    if (before.usableAt.getTime() !== row.usableAt.getTime()) diffs.push({ field: "usableAt", from: at(before.usableAt), to: at(row.usableAt) });
    if (before.sizeGB !== row.sizeGB) diffs.push({ field: "sizeGB", from: show(before.sizeGB), to: show(row.sizeGB) });
    if (diffs.length) changes.push({ kind: "update", line: row.line, name, id: before.id, usableAt: row.usableAt, sizeGB: row.sizeGB, changes: diffs });
    else unchanged++;
  }
  return { ok: true, plan: { changes, unchanged, warnings }, repeats };
}

/**
 * One warning per SaaS service the file has restore points for, when the recovery model leaves
 * that service out (lib/recovery/to-model.ts: a system without a host, memory or used size is not
 * in it, and only the restore points of systems in it reach the engine). Its points are saved but
 * give it no restore-point age and no RPO: its provider restores it. A SaaS service given a host
 * and its facts is modelled like a VM, its points used, and needs no warning.
 */
export function saasPointWarnings(rows: { line: number; system: string }[], systems: KnownSystem[]): string[] {
  const byName = new Map(systems.map((s) => [s.name.toLowerCase(), s]));
  const leftOut = new Map<KnownSystem, { why: string; lines: number[] }>();
  for (const row of rows) {
    const system = byName.get(row.system.toLowerCase());
    if (system?.kind !== "saas") continue;
    const missing = [system.ramMiB === null ? ("memory" as const) : null, system.usedGB === null ? ("used size" as const) : null].filter((m) => m !== null);
    if (system.hostId !== null && missing.length === 0) continue;
    const entry = leftOut.get(system) ?? { why: leftOutReason(system.hostId === null ? null : missing), lines: [] };
    entry.lines.push(row.line);
    leftOut.set(system, entry);
  }
  return [...leftOut].map(([system, { why, lines }]) => {
    const shown = [...lines.slice(0, 5).map(String), ...(lines.length > 5 ? [`${lines.length - 5} more`] : [])];
    return `${lines.length === 1 ? "Line" : "Lines"} ${andList(shown)}: ${system.name} is a SaaS service, restored by its provider and left out of the recovery assessment (${why}), so its restore points are saved but not used in the assessment (no restore-point age, no RPO).`;
  });
}
