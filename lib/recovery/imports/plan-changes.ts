/**
 * What an import would change, computed from the file's rows and the plan's current rows. Pure,
 * so the preview and the apply step compute exactly the same thing (apply recomputes it inside its
 * transaction and refuses if it differs from what was previewed).
 */
import type { RestorePointRow, RowError, VmRow } from "@/lib/recovery/imports/map-rows";

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

const FIELDS = ["hostName", "hostId", "ramMiB", "usedGB", "bootMinutes", "verifyMinutes", "priority"] as const;

export function planVmChanges(rows: VmRow[], systems: ExistingSystem[], hosts: KnownHost[]): ChangePlan<VmChange> {
  const byName = new Map(systems.map((s) => [s.name.toLowerCase(), s]));
  const hostKey = new Map(hosts.map((h) => [h.id, h.key]));
  const changes: VmChange[] = [];
  const warnings: string[] = [];
  let unchanged = 0;
  for (const row of rows) {
    const wanted: VmFields = {};
    for (const field of FIELDS) if (field !== "hostId" && row[field] !== undefined) Object.assign(wanted, { [field]: row[field] });
    if (row.hostName) {
      const host = findHost(hosts, row.hostName);
      if (host) wanted.hostId = host.id;
      else warnings.push(`Line ${row.line}: host "${row.hostName}" is not one of this plan's hosts, so ${row.name} keeps its current host. Add the host under Setup and import again to link it.`);
    }
    const existing = byName.get(row.name.toLowerCase());
    const label = (field: string, value: unknown) => (field === "hostId" ? show(value ? hostKey.get(String(value)) : null) : show(value));
    const data: VmFields = {};
    const before: VmFields = {};
    const diffs: FieldChange[] = [];
    for (const field of FIELDS) {
      if (!(field in wanted)) continue;
      const to = wanted[field];
      const from = existing ? existing[field] : undefined;
      if (existing && from === to) continue;
      Object.assign(data, { [field]: to });
      if (existing) Object.assign(before, { [field]: from });
      diffs.push({ field: field === "hostId" ? "host" : field, from: existing ? label(field, from) : "—", to: label(field, to) });
    }
    if (!existing) changes.push({ kind: "create", line: row.line, name: row.name, data, changes: diffs });
    else if (diffs.length) changes.push({ kind: "update", line: row.line, name: existing.name, id: existing.id, data, before, changes: diffs });
    else unchanged++;
  }
  return { changes, unchanged, warnings };
}

type KnownSystem = { id: string; name: string };
type KnownLocation = { id: string; key: string; name: string };
type ExistingPoint = { id: string; systemId: string; locationId: string; pointInTime: Date; usableAt: Date; sizeGB: number | null };

export type PointChange =
  | { kind: "create"; line: number; name: string; systemId: string; locationId: string; pointInTime: Date; usableAt: Date; sizeGB: number | null; changes: FieldChange[] }
  | { kind: "update"; line: number; name: string; id: string; usableAt: Date; sizeGB: number | null; changes: FieldChange[] };

const pointKey = (systemId: string, locationId: string, at: Date) => `${systemId}|${locationId}|${at.toISOString()}`;

/** Restore points match on (system, location, point in time); unknown systems or locations are errors. */
export function planPointChanges(
  rows: RestorePointRow[],
  systems: KnownSystem[],
  locations: KnownLocation[],
  existing: ExistingPoint[],
  headers: { system: string; location: string },
): { ok: true; plan: ChangePlan<PointChange> } | { ok: false; errors: RowError[] } {
  const systemByName = new Map(systems.map((s) => [s.name.toLowerCase(), s]));
  const locationOf = (cell: string) => {
    const wanted = cell.toLowerCase();
    return locations.find((l) => l.key === wanted) ?? locations.find((l) => l.name.toLowerCase() === wanted);
  };
  const current = new Map(existing.map((p) => [pointKey(p.systemId, p.locationId, p.pointInTime), p]));
  const errors: RowError[] = [];
  const changes: PointChange[] = [];
  let unchanged = 0;
  for (const row of rows) {
    const system = systemByName.get(row.system.toLowerCase());
    const location = locationOf(row.location);
    if (!system) errors.push({ line: row.line, column: headers.system, message: `"${row.system}" is not a system of this plan.` });
    if (!location) errors.push({ line: row.line, column: headers.location, message: `"${row.location}" is not a backup location of this plan (use its key or name).` });
    if (!system || !location) continue;
    const name = `${system.name} @ ${location.key} ${row.pointInTime.toISOString()}`;
    const before = current.get(pointKey(system.id, location.id, row.pointInTime));
    if (!before) {
      changes.push({
        kind: "create", line: row.line, name, systemId: system.id, locationId: location.id, pointInTime: row.pointInTime, usableAt: row.usableAt, sizeGB: row.sizeGB,
        // What the point will hold: when it is usable and, when the file gives it, its size.
        changes: [{ field: "usableAt", from: "—", to: row.usableAt.toISOString() }, ...(row.sizeGB === null ? [] : [{ field: "sizeGB", from: "—", to: show(row.sizeGB) }])],
      });
      continue;
    }
    const diffs: FieldChange[] = [];
    if (before.usableAt.getTime() !== row.usableAt.getTime()) diffs.push({ field: "usableAt", from: before.usableAt.toISOString(), to: row.usableAt.toISOString() });
    if (before.sizeGB !== row.sizeGB) diffs.push({ field: "sizeGB", from: show(before.sizeGB), to: show(row.sizeGB) });
    if (diffs.length) changes.push({ kind: "update", line: row.line, name, id: before.id, usableAt: row.usableAt, sizeGB: row.sizeGB, changes: diffs });
    else unchanged++;
  }
  return errors.length ? { ok: false, errors: errors.slice(0, 20) } : { ok: true, plan: { changes, unchanged, warnings: [] } };
}
