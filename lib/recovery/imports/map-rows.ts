/**
 * Maps parsed CSV tables to import rows. Pure. Headers are matched without regard to case,
 * spaces, hyphens or underscores ("In Use MB" = "inusemb"). A bad value is reported with its line
 * and the column's header as written in the file. Every check runs in one pass (the header, each
 * cell, then the checks across cells and rows, and the caller's checks against the plan), so one
 * upload shows everything to fix: the first MAX_ERRORS in file order, and how many more.
 */
import type { CsvTable } from "@/lib/csv/read-csv";
import { parseInstant } from "@/lib/engine/instant";
import { andList, count } from "@/lib/count";
import { GROUPED_WHOLE_DIGITS, PLAIN_DIGITS, readGroupedWhole, readPlainNumber } from "@/lib/numbers";
import { readDuration, readDurationText, type DurationRule } from "@/lib/durations";

export const IMPORT_KINDS = ["rvtools", "vms", "restore-points"] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export type RowError = { line: number; column: string; message: string };

export type VmRow = {
  line: number;
  name: string;
  hostName?: string;
  ramMiB?: number;
  usedGB?: number;
  bootMinutes?: number;
  verifyMinutes?: number;
  priority?: number;
};

export type RestorePointRow = { line: number; system: string; location: string; pointInTime: Date; usableAt: Date; sizeGB: number | null };
/** A restore-point row as far as its cells could be read: what the plan checks can still use. */
export type PartialPointRow = { line: number } & Partial<Omit<RestorePointRow, "line">>;

/** VM rows an import leaves out, by reason (templates: RVTools only). */
export type LeftOut = { templates: number; poweredOff: number };

/** How many errors a refused file lists; the rest are counted ("…and 12 more"). */
export const MAX_ERRORS = 50;

/**
 * A restore point may be dated this far after the import's own clock. The backup server's clock
 * and this server's are set independently, and the one that writes a job report can run a little
 * ahead: five minutes is the skew a Windows domain (Kerberos) tolerates between its machines, so
 * a backup server that works at all in one is within it. A point later than that cannot have been
 * taken yet; accepted, it would read as a fresh backup once its time came (the age of the newest
 * point is what the readiness pages band against the RPO), evidence of a backup that never ran.
 */
export const CLOCK_SKEW_MS = 5 * 60_000;

type Read = { ok: true; value: unknown } | { ok: false; message: string };
type Column = { field: string; names: string[]; required?: boolean; read: (text: string) => Read };

const norm = (header: string) => header.toLowerCase().replace(/[\s_-]+/g, "");
const ok = (value: unknown): Read => ({ ok: true, value });
const bad = (message: string): Read => ({ ok: false, message });

/**
 * Errors in file order (line, then the column's place in the header), of which the first
 * MAX_ERRORS are kept and the rest only counted, so a file of 100,000 bad rows costs no more than
 * one of 50. Checks may add in any order: the list is sorted when read.
 */
export class ErrorList {
  private items: (RowError & { seq: number })[] = [];
  private seq = 0;
  total = 0;
  private readonly rank: (column: string) => number;

  constructor(header: string[] = []) {
    const at = new Map(header.map((h, i) => [h, i]));
    this.rank = (column) => at.get(column) ?? header.length;
  }

  add(error: RowError) {
    this.total++;
    this.items.push({ ...error, seq: this.seq++ });
    if (this.items.length >= 2 * MAX_ERRORS) this.trim();
  }

  private trim() {
    this.items.sort((a, b) => a.line - b.line || this.rank(a.column) - this.rank(b.column) || a.seq - b.seq);
    if (this.items.length > MAX_ERRORS) this.items.length = MAX_ERRORS;
  }

  /** The first MAX_ERRORS errors, in file order. */
  get first(): RowError[] {
    this.trim();
    return this.items.map(({ line, column, message }) => ({ line, column, message }));
  }

  /** How many errors there are beyond the ones listed. */
  get more(): number {
    return this.total - Math.min(this.total, MAX_ERRORS);
  }
}

const inRange = (text: string, n: number, min: number, max: number): Read =>
  n < min || n > max ? bad(`${text} is out of range (${min}${max === Infinity ? " or more" : `–${max}`}).`) : ok(n);

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
    return inRange(text, n, min, max);
  };
}

/**
 * An RVTools size column: a whole number of MiB, as RVTools writes all its sizes, grouped in
 * threes by commas or by points as the exporting Windows locale writes thousands ("59,605" in
 * English, "59.605" in German or Dutch). Since RVTools never writes a fraction of a MiB, a point
 * followed by three digits can only be between thousands; anything else with a point or a comma
 * ("59.6", "60,5", "1,234.5", "1.234,5") is refused rather than read a thousand times off.
 * A blank cell is no value (the system's is kept).
 */
function wholeMiB({ min, max = Infinity }: { min: number; max?: number }) {
  return (text: string): Read => {
    if (text === "") return ok(undefined);
    const n = readGroupedWhole(text);
    if (n === null) return bad(`"${text}" is not a whole number of MiB (${GROUPED_WHOLE_DIGITS}).`);
    return inRange(text, n, min, max);
  };
}

/**
 * A duration column: a number in the column's unit, or one with any unit ("4h", "1d"), read as the
 * forms read it (lib/durations.ts). `blank` as for number().
 */
function duration(rule: DurationRule, options: { blank?: number | null | undefined } = {}) {
  const blank = "blank" in options ? options.blank : null;
  return (text: string): Read => {
    if (text === "") return ok(blank);
    const read = readDuration(text, rule);
    if (read.ok) return ok(read.value);
    return bad(readDurationText(text, rule.unit) === undefined ? `"${text}" is not a duration: ${read.problem}` : `"${text}": ${read.problem}`);
  };
}

const text = (max: number) => (value: string): Read => (value.length > max ? bad(`longer than ${max} characters.`) : ok(value));
/** A VM inventory's blank cell is no value: the system's is left as it is (a new one gets none). */
const optionalText = (max: number) => (value: string): Read => (value === "" ? ok(undefined) : text(max)(value));
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
  { field: "ramMiB", names: ["Memory"], read: wholeMiB({ min: 1, max: 2 ** 31 - 1 }) },
  {
    field: "usedGB",
    names: ["In Use MB", "In Use MiB"],
    read: (value) => {
      const read = wholeMiB({ min: 0 })(value);
      return read.ok && typeof read.value === "number" ? ok(mibToGB(read.value)) : read;
    },
  },
  { field: "hostName", names: ["Host"], read: optionalText(200) },
];

/**
 * RVTools vInfo's "Template" (True or False, as .NET writes a boolean; Excel re-saves it as TRUE)
 * and "Powerstate" (vSphere's power states: poweredOn, poweredOff, suspended). Read before the
 * other cells: a row they leave out is not checked further, so a template's odd value cannot
 * refuse a file it is not imported from. A blank cell leaves the row in, as does a missing column
 * (an export trimmed to a few columns).
 */
const RVTOOLS_GATE: Column[] = [
  {
    field: "template",
    names: ["Template"],
    read: (value) => {
      const v = value.toLowerCase();
      if (v === "" || v === "false") return ok(false);
      if (v === "true") return ok(true);
      return bad(`"${value}" is not True or False.`);
    },
  },
  {
    field: "powerState",
    names: ["Powerstate", "Power state"],
    read: (value) => {
      const state = ["poweredOn", "poweredOff", "suspended"].find((s) => s.toLowerCase() === value.toLowerCase());
      if (value === "" || state) return ok(state ?? null);
      return bad(`"${value}" is not a power state (poweredOn, poweredOff or suspended).`);
    },
  },
];

/**
 * Hyper-V's VM states as `Get-VM | Export-Csv` writes its State column (the names of
 * Microsoft.HyperV.PowerShell.VMState), each with whether it is powered off. Only Off (and
 * OffCritical: off, with its storage out of reach) is; Saved and Paused hold a workload's state
 * and are kept, as vSphere's suspended is, and so are the transitional states (Starting,
 * Stopping, Saving, …): the VM was running when the inventory was taken.
 */
const HYPER_V_STATES = [
  "Other", "Running", "Off", "Stopping", "Saved", "Paused", "Starting", "Reset", "Saving", "Pausing", "Resuming", "FastSaved", "FastSaving",
  "ForceShutdown", "ForceReboot", "Hibernated", "ComponentServicing",
  "RunningCritical", "OffCritical", "StoppingCritical", "SavedCritical", "PausedCritical", "StartingCritical", "ResetCritical", "SavingCritical",
  "PausingCritical", "ResumingCritical", "FastSavedCritical", "FastSavingCritical",
];
const HYPER_V_OFF = new Set(["off", "offcritical"]);

/**
 * A generic VM file's power state: vSphere's (poweredOn, poweredOff, suspended) or Hyper-V's
 * (HYPER_V_STATES), any case, read as vSphere's: "poweredOff" for a VM that is off. A blank cell,
 * or a file without the column, leaves the row in.
 */
const GENERIC_GATE: Column[] = [
  {
    field: "powerState",
    names: ["powerstate", "power state", "state"],
    read: (value) => {
      const v = value.toLowerCase();
      if (v === "") return ok(null);
      const vsphere = ["poweredOn", "poweredOff", "suspended"].find((s) => s.toLowerCase() === v);
      if (vsphere) return ok(vsphere);
      if (HYPER_V_OFF.has(v)) return ok("poweredOff");
      const hyperV = HYPER_V_STATES.find((s) => s.toLowerCase() === v);
      if (hyperV) return ok(hyperV);
      return bad(`"${value}" is not a power state (vSphere's poweredOn, poweredOff or suspended, or a Hyper-V state such as Running, Off, Saved or Paused).`);
    },
  },
];

const GENERIC: Column[] = [
  { field: "name", names: ["name"], required: true, read: required(120) },
  { field: "hostName", names: ["host"], read: optionalText(200) },
  { field: "ramMiB", names: ["ramMiB"], read: number({ int: true, min: 1, max: 2 ** 31 - 1, blank: undefined }) },
  { field: "usedGB", names: ["usedGB"], read: number({ min: 0, blank: undefined }) },
  { field: "bootMinutes", names: ["bootMinutes"], read: duration({ unit: "minutes" }, { blank: undefined }) },
  { field: "verifyMinutes", names: ["verifyMinutes"], read: duration({ unit: "minutes" }, { blank: undefined }) },
  { field: "priority", names: ["priority"], read: number({ int: true, min: 1, max: 5, blank: undefined }) },
];
// Accepted so that an export with these columns imports as is; the register has no field for them.
// (The power state is read: GENERIC_GATE.)
const GENERIC_IGNORED = ["os", "cpus", "cluster", "datacenter", "notes"];

const RESTORE_POINTS: Column[] = [
  { field: "system", names: ["system"], required: true, read: required(120) },
  { field: "location", names: ["location"], required: true, read: required(120) },
  { field: "pointInTime", names: ["pointInTime", "point in time"], required: true, read: instant },
  { field: "usableAt", names: ["usableAt", "usable at"], required: true, read: instant },
  { field: "sizeGB", names: ["sizeGB", "size"], read: number({ min: 0 }) },
];

type Present = { column: Column; at: number; header: string };
type Row = Record<string, unknown> & { line: number };

/** The columns of `columns` the header has, each with its place and its header as written. */
function presentColumns(table: CsvTable, columns: Column[], errors: ErrorList | null): Present[] {
  const index = new Map(table.header.map((h, i) => [norm(h), i]));
  return columns.flatMap((c) => {
    const name = c.names.find((n) => index.has(norm(n)));
    if (name === undefined) {
      if (c.required) errors?.add({ line: 1, column: c.names[0], message: `the column "${c.names[0]}" is missing.` });
      return [];
    }
    const at = index.get(norm(name))!;
    return [{ column: c, at, header: table.header[at] }];
  });
}

/** Reads one record's cells of `present` into `row`, each bad cell an error. */
function readCells(record: CsvTable["records"][number], present: Present[], row: Row, errors: ErrorList) {
  for (const { column, at, header } of present) {
    const read = column.read((record.cells[at] ?? "").trim());
    if (read.ok) {
      if (read.value !== undefined) row[column.field] = read.value;
    } else errors.add({ line: record.line, column: header, message: read.message });
  }
}

/**
 * Every error of the header and of each record's cells, with what each record's good cells read
 * as: a missing or unknown column does not stop the cells of the others being checked. `skip`
 * reads a record's gate columns first and may leave it out (not checked further).
 */
function mapTable(
  table: CsvTable,
  columns: Column[],
  strict: { ignored: string[] } | null,
  gate?: { columns: Column[]; skip: (row: Row) => keyof LeftOut | null },
): { rows: Row[]; errors: ErrorList; leftOut: LeftOut } {
  const errors = new ErrorList(table.header);
  const leftOut: LeftOut = { templates: 0, poweredOff: 0 };
  if (table.header.length === 0) {
    errors.add({ line: 1, column: "", message: "The file is empty: it needs a header line." });
    return { rows: [], errors, leftOut };
  }
  const present = presentColumns(table, columns, errors);
  const gates = gate ? presentColumns(table, gate.columns, errors) : [];
  if (strict) {
    const read = [...columns, ...(gate?.columns ?? [])];
    const known = new Set([...read.flatMap((c) => c.names.map(norm)), ...strict.ignored]);
    for (const header of table.header) {
      if (!known.has(norm(header))) errors.add({ line: 1, column: header, message: `unknown column (expected ${read.map((c) => c.names[0]).join(", ")}).` });
    }
  }
  const rows: Row[] = [];
  for (const record of table.records) {
    if (gate && gates.length) {
      const flags: Row = { line: record.line };
      const before = errors.total;
      readCells(record, gates, flags, errors);
      const reason = errors.total === before ? gate.skip(flags) : null;
      if (reason) {
        leftOut[reason]++;
        continue;
      }
    }
    const row: Row = { line: record.line };
    readCells(record, present, row, errors);
    rows.push(row);
  }
  return { rows, errors, leftOut };
}

/** A row skipped because it repeats an earlier one: its line and the earlier one's. */
export type Repeat = { line: number; first: number };

/** How many rows of one kind of warning the preview names one by one; the rest are counted. */
const WARNINGS_NAMED = 20;

/** The first WARNINGS_NAMED of `lines`, then `rest` of how many more, so a file of 100,000 such rows previews in a page. */
export function firstWarnings(lines: string[], rest: (more: number) => string): string[] {
  const more = lines.length - WARNINGS_NAMED;
  return more > 0 ? [...lines.slice(0, WARNINGS_NAMED), rest(more)] : lines;
}

/** "Line 7 repeats line 6 and is skipped.", one per repeat, the first of them, then how many more. */
export function repeatWarnings(repeats: Repeat[]): string[] {
  return firstWarnings(
    repeats.map(({ line, first }) => `Line ${line} repeats line ${first} and is skipped.`),
    (more) => `${count(more, "more line")} ${more === 1 ? "repeats an earlier one and is" : "repeat earlier ones and are"} skipped.`,
  );
}

/**
 * Each name once per file (case-insensitively), so a row never silently overwrites another. A row
 * that repeats an earlier one (the same name in any case, the same values in the columns read,
 * a host's name in any case too) is skipped, not refused: an export with a VM listed twice, or
 * two exports pasted together, writes the same thing either way. The same name with other values
 * is an error, since which of the two is right is for the user to say.
 */
function collapseRepeats(rows: Row[], column: string, errors: ErrorList): { rows: Row[]; repeats: Repeat[] } {
  const first = new Map<string, { line: number; values: string }>();
  const kept: Row[] = [];
  const repeats: Repeat[] = [];
  for (const row of rows) {
    if (typeof row.name !== "string") {
      kept.push(row);
      continue;
    }
    const values = JSON.stringify(
      Object.keys(row)
        .filter((field) => field !== "line")
        .sort()
        .map((field) => [field, typeof row[field] === "string" ? row[field].toLowerCase() : row[field]]),
    );
    const seen = first.get(row.name.toLowerCase());
    if (!seen) {
      first.set(row.name.toLowerCase(), { line: row.line, values });
      kept.push(row);
    } else if (seen.values === values) repeats.push({ line: row.line, first: seen.line });
    else errors.add({ line: row.line, column, message: `This name already appears on line ${seen.line}, with other values.` });
  }
  return { rows: kept, repeats };
}

export type Refused = { ok: false; errors: RowError[]; more: number };
const refused = (errors: ErrorList): Refused => ({ ok: false, errors: errors.first, more: errors.more });

/**
 * An RVTools row of a template is never imported (a template is not a system that runs); a
 * powered-off VM, in either format, is left out unless `includePoweredOff` (an old or spare VM is
 * not usually one to restore first, but may be). A suspended VM (or a Hyper-V one saved or paused)
 * holds a running workload's state and is kept.
 */
export function mapVmRows(
  kind: "rvtools" | "vms",
  table: CsvTable,
  { includePoweredOff = false }: { includePoweredOff?: boolean } = {},
): { ok: true; rows: VmRow[]; leftOut: LeftOut; repeats: Repeat[] } | Refused {
  const skip = (r: Row) => (r.template === true ? ("templates" as const) : r.powerState === "poweredOff" && !includePoweredOff ? ("poweredOff" as const) : null);
  const gate = { columns: kind === "rvtools" ? RVTOOLS_GATE : GENERIC_GATE, skip };
  const mapped = mapTable(table, kind === "rvtools" ? RVTOOLS : GENERIC, kind === "vms" ? { ignored: GENERIC_IGNORED } : null, gate);
  const nameHeader = table.header.find((h) => norm(h) === (kind === "rvtools" ? "vm" : "name")) ?? "name";
  const { rows, repeats } = collapseRepeats(mapped.rows, nameHeader, mapped.errors);
  return mapped.errors.total ? refused(mapped.errors) : { ok: true, rows: rows as unknown as VmRow[], leftOut: mapped.leftOut, repeats };
}

/** The restore-point columns' headers as the file writes them (their usual names when absent). */
export function restorePointHeaders(header: string[]): Record<"system" | "location" | "pointInTime" | "usableAt", string> {
  const of = (field: string) => {
    const names = RESTORE_POINTS.find((c) => c.field === field)!.names;
    return header.find((h) => names.some((n) => norm(n) === norm(h))) ?? names[0];
  };
  return { system: of("system"), location: of("location"), pointInTime: of("pointInTime"), usableAt: of("usableAt") };
}

/**
 * Restore-point rows, refused with every error the file itself shows: bad cells, a point usable
 * before it was taken, a point in the future of `now` (the import's time; CLOCK_SKEW_MS allowed).
 * A refusal carries the rows as far as they were read, so the caller can check their systems and
 * locations against the plan in the same pass.
 */
export function mapRestorePointRows(table: CsvTable, { now }: { now: Date }): { ok: true; rows: RestorePointRow[] } | (Refused & { partial: PartialPointRow[] }) {
  const mapped = mapTable(table, RESTORE_POINTS, { ignored: [] });
  const rows = mapped.rows as PartialPointRow[];
  const { pointInTime: pitHeader, usableAt: usableHeader } = restorePointHeaders(table.header);
  const latest = now.getTime() + CLOCK_SKEW_MS;
  // The point in time as the file writes it (looked up only for a refused row).
  let byLine: Map<number, string[]> | undefined;
  const cellOf = (line: number, header: string) => {
    byLine ??= new Map(table.records.map((r) => [r.line, r.cells]));
    return (byLine.get(line)?.[table.header.indexOf(header)] ?? "").trim();
  };
  // A file without a size column gives every point no size, as a blank cell does: a point saved
  // without one then compares equal to it, and the same file again changes nothing.
  const sized = RESTORE_POINTS.find((c) => c.field === "sizeGB")!.names.some((n) => table.header.some((h) => norm(h) === norm(n)));
  for (const row of rows) {
    if (!sized) row.sizeGB = null;
    if (row.pointInTime && row.pointInTime.getTime() > latest) {
      mapped.errors.add({ line: row.line, column: pitHeader, message: `${cellOf(row.line, pitHeader)} is in the future (this import runs at ${now.toISOString()}).` });
    }
    if (row.pointInTime && row.usableAt && row.usableAt < row.pointInTime) mapped.errors.add({ line: row.line, column: usableHeader, message: "usable before its point in time." });
  }
  return mapped.errors.total ? { ...refused(mapped.errors), partial: rows } : { ok: true, rows: rows as RestorePointRow[] };
}

/**
 * Two lists of errors of one file as one: the first MAX_ERRORS of both in file order, and how many
 * more. Each list holds the first of its own errors, so the first of both are among them.
 */
export function mergeErrors(header: string[], ...lists: { errors: RowError[]; more: number }[]): { errors: RowError[]; more: number } {
  const merged = new ErrorList(header);
  let more = 0;
  for (const list of lists) {
    for (const error of list.errors) merged.add(error);
    more += list.more;
  }
  return { errors: merged.first, more: merged.more + more };
}

/** "2 templates and 1 powered-off VM were left out: …", or null when nothing was. */
export function leftOutNote({ templates, poweredOff }: LeftOut): string | null {
  const total = templates + poweredOff;
  if (total === 0) return null;
  const what = andList([templates ? count(templates, "template") : "", poweredOff ? count(poweredOff, "powered-off VM") : ""].filter(Boolean));
  const why = [templates ? "templates are never systems" : "", poweredOff ? "powered-off VMs are imported only when “Include powered-off VMs” is ticked" : ""]
    .filter(Boolean)
    .join("; ");
  return `${what} ${total === 1 ? "was" : "were"} left out: ${why}.`;
}
