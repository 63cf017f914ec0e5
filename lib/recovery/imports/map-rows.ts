/**
 * Maps parsed CSV tables to import rows. Pure. Headers are matched without regard to case,
 * spaces, hyphens or underscores ("In Use MB" = "inusemb"). A bad value is reported with its line
 * and the column's header as written in the file; all errors are collected (up to MAX_ERRORS) so
 * one upload shows what to fix.
 */
import type { CsvTable } from "@/lib/csv/read-csv";
import { parseInstant } from "@/lib/engine/instant";
import { PLAIN_DIGITS, readPlainNumber } from "@/lib/numbers";

export const IMPORT_KINDS = ["rvtools", "vms", "restore-points"] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export type RowError = { line: number; column: string; message: string };

export type VmRow = {
  line: number;
  name: string;
  hostName?: string;
  ramMiB?: number | null;
  usedGB?: number | null;
  bootMinutes?: number;
  verifyMinutes?: number;
  priority?: number;
};

export type RestorePointRow = { line: number; system: string; location: string; pointInTime: Date; usableAt: Date; sizeGB: number | null };

const MAX_ERRORS = 20;

type Read = { ok: true; value: unknown } | { ok: false; message: string };
type Column = { field: string; names: string[]; required?: boolean; read: (text: string) => Read };

const norm = (header: string) => header.toLowerCase().replace(/[\s_-]+/g, "");
const ok = (value: unknown): Read => ({ ok: true, value });
const bad = (message: string): Read => ({ ok: false, message });

/**
 * `blank` is what an empty cell reads as: null (clears the value) unless given. Not a default
 * parameter, since `blank: undefined` (keep, or the column's default) would then read as null.
 */
function number(options: { int?: boolean; min?: number; max?: number; blank?: number | null | undefined } = {}) {
  const { int = false, min = 0, max = Infinity } = options;
  const blank = "blank" in options ? options.blank : null;
  return (text: string): Read => {
    if (text === "") return ok(blank);
    // Plain decimals only, as the forms read them: Number() would also read "0x400" as 1024 and "1e3" as 1000.
    const n = readPlainNumber(text);
    if (n === null) return bad(`"${text}" is not a number (${PLAIN_DIGITS}).`);
    if (int && !Number.isInteger(n)) return bad(`"${text}" is not a whole number.`);
    if (n < min || n > max) return bad(`${text} is out of range (${min}${max === Infinity ? " or more" : `–${max}`}).`);
    return ok(n);
  };
}

const text = (max: number) => (value: string): Read => (value.length > max ? bad(`longer than ${max} characters.`) : ok(value));
const required = (max: number) => (value: string): Read => (value === "" ? bad("required.") : text(max)(value));

/** The engine's strict reading (impossible dates such as 2026-02-30 are refused, not rolled over), with a space allowed for the T. */
const instant = (value: string): Read => {
  const minutes = /^\d{4}-\d{2}-\d{2} /.test(value) ? parseInstant(value.replace(" ", "T")) : parseInstant(value);
  if (minutes === null) return bad(`"${value}" is not a date and time with its offset (e.g. 2026-11-24T23:00:00Z or 2026-11-24 23:00+00:00).`);
  return ok(new Date(Math.round(minutes * 60_000)));
};

/** RVTools reports sizes in MiB; the model wants decimal GB (1 MiB = 1.048576 MB). */
export const mibToGB = (mib: number) => Math.round(((mib * 1.048576) / 1000) * 100) / 100;

const RVTOOLS: Column[] = [
  { field: "name", names: ["VM"], required: true, read: required(120) },
  { field: "ramMiB", names: ["Memory"], read: number({ int: true, min: 1, max: 2 ** 31 - 1 }) },
  {
    field: "usedGB",
    names: ["In Use MB", "In Use MiB"],
    read: (value) => {
      const read = number({ min: 0 })(value);
      return read.ok && typeof read.value === "number" ? ok(mibToGB(read.value)) : read;
    },
  },
  { field: "hostName", names: ["Host"], read: text(200) },
];

const GENERIC: Column[] = [
  { field: "name", names: ["name"], required: true, read: required(120) },
  { field: "hostName", names: ["host"], read: text(200) },
  { field: "ramMiB", names: ["ramMiB"], read: number({ int: true, min: 1, max: 2 ** 31 - 1 }) },
  { field: "usedGB", names: ["usedGB"], read: number({ min: 0 }) },
  { field: "bootMinutes", names: ["bootMinutes"], read: number({ min: 0, blank: undefined }) },
  { field: "verifyMinutes", names: ["verifyMinutes"], read: number({ min: 0, blank: undefined }) },
  { field: "priority", names: ["priority"], read: number({ int: true, min: 1, max: 5, blank: undefined }) },
];
// Accepted so that an export with these columns imports as is; the register has no field for them.
const GENERIC_IGNORED = ["os", "cpus", "cluster", "datacenter", "powerstate", "notes"];

const RESTORE_POINTS: Column[] = [
  { field: "system", names: ["system"], required: true, read: required(120) },
  { field: "location", names: ["location"], required: true, read: required(120) },
  { field: "pointInTime", names: ["pointInTime", "point in time"], required: true, read: instant },
  { field: "usableAt", names: ["usableAt", "usable at"], required: true, read: instant },
  { field: "sizeGB", names: ["sizeGB", "size"], read: number({ min: 0 }) },
];

type Mapped<T> = { ok: true; rows: T[] } | { ok: false; errors: RowError[] };

function mapTable(table: CsvTable, columns: Column[], strict: { ignored: string[] } | null): Mapped<Record<string, unknown> & { line: number }> {
  const errors: RowError[] = [];
  const index = new Map(table.header.map((h, i) => [norm(h), i]));
  if (table.header.length === 0) return { ok: false, errors: [{ line: 1, column: "", message: "The file is empty: it needs a header line." }] };
  const present = columns.flatMap((c) => {
    const name = c.names.find((n) => index.has(norm(n)));
    if (name === undefined) {
      if (c.required) errors.push({ line: 1, column: c.names[0], message: `the column "${c.names[0]}" is missing.` });
      return [];
    }
    return [{ column: c, at: index.get(norm(name))!, header: table.header[index.get(norm(name))!] }];
  });
  if (strict) {
    const known = new Set([...columns.flatMap((c) => c.names.map(norm)), ...strict.ignored]);
    for (const header of table.header) {
      if (!known.has(norm(header))) errors.push({ line: 1, column: header, message: `unknown column (expected ${columns.map((c) => c.names[0]).join(", ")}).` });
    }
  }
  if (errors.length) return { ok: false, errors };
  const rows = [];
  for (const record of table.records) {
    const row: Record<string, unknown> & { line: number } = { line: record.line };
    for (const { column, at, header } of present) {
      const read = column.read((record.cells[at] ?? "").trim());
      if (read.ok) {
        if (read.value !== undefined) row[column.field] = read.value;
      } else if (errors.length < MAX_ERRORS) {
        errors.push({ line: record.line, column: header, message: read.message });
      }
    }
    rows.push(row);
  }
  return errors.length ? { ok: false, errors } : { ok: true, rows };
}

/** Each name once per file (case-insensitively), so a row never silently overwrites another. */
function checkUnique<T extends { line: number }>(rows: T[], keyOf: (row: T) => string, column: string, what: string): RowError[] {
  const first = new Map<string, number>();
  const errors: RowError[] = [];
  for (const row of rows) {
    const key = keyOf(row).toLowerCase();
    const seen = first.get(key);
    if (seen !== undefined && errors.length < MAX_ERRORS) errors.push({ line: row.line, column, message: `${what} already appears on line ${seen}.` });
    else first.set(key, row.line);
  }
  return errors;
}

export function mapVmRows(kind: "rvtools" | "vms", table: CsvTable): Mapped<VmRow> {
  const mapped = mapTable(table, kind === "rvtools" ? RVTOOLS : GENERIC, kind === "vms" ? { ignored: GENERIC_IGNORED } : null);
  if (!mapped.ok) return mapped;
  const rows = mapped.rows as unknown as VmRow[];
  const nameHeader = table.header.find((h) => norm(h) === (kind === "rvtools" ? "vm" : "name")) ?? "name";
  const errors = checkUnique(rows, (r) => r.name, nameHeader, "This name");
  return errors.length ? { ok: false, errors } : { ok: true, rows };
}

export function mapRestorePointRows(table: CsvTable): Mapped<RestorePointRow> {
  const mapped = mapTable(table, RESTORE_POINTS, { ignored: [] });
  if (!mapped.ok) return mapped;
  const rows = mapped.rows as unknown as RestorePointRow[];
  const errors: RowError[] = [];
  for (const row of rows) {
    if (row.usableAt < row.pointInTime && errors.length < MAX_ERRORS) {
      errors.push({ line: row.line, column: table.header.find((h) => norm(h).startsWith("usable")) ?? "usableAt", message: "usable before its point in time." });
    }
  }
  errors.push(...checkUnique(rows, (r) => `${r.system}\u0000${r.location}\u0000${r.pointInTime.toISOString()}`, "pointInTime", "This restore point"));
  return errors.length ? { ok: false, errors } : { ok: true, rows };
}
