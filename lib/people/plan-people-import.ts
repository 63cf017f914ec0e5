/**
 * What an import of the People register would do, row by row, against the register as it is
 * (docs/decisions/0048). Pure: the use case reads the register, the departments and who last
 * changed the people a file is stale about, and writes what this plans.
 */
import { andList, fewOf } from "@/lib/count";
import { formatDay } from "@/lib/days";
import { ID_COLUMN, labelOf, type ImportRow, type RowProblem, type ValueKey } from "@/lib/people/people-csv";
import { normaliseName, PERSON_LABELS } from "@/lib/people/schemas";

/** A person's fields as the register stores them. */
export type PersonData = {
  name: string;
  jobTitle: string;
  departmentId: string | null;
  email: string;
  workPhone: string;
  mobilePhone: string;
  afterHoursPhone: string;
  notes: string;
};
export type StoredPerson = PersonData & { id: string; version: number };
export type Department = { id: string; name: string };
/** Who last changed a person, and when (from the audit log); `by` is null when the log does not say. */
export type Writer = { by: string | null; at: Date };

/** One field an update changes, as the form words it: "Mobile phone: 07700 900101 → 07700 900999". */
export type FieldChange = { label: string; from: string; to: string };

export type ImportEntry =
  | { row: number; kind: "add"; data: PersonData; note: string | null }
  | { row: number; kind: "update"; person: StoredPerson; data: PersonData; changes: FieldChange[] }
  | { row: number; kind: "unchanged"; person: StoredPerson }
  | { row: number; kind: "skip"; name: string; reason: string };

export type ImportPlan = { ok: true; entries: ImportEntry[] } | { ok: false; problems: string[] };

const FIELDS = ["name", "jobTitle", "departmentId", "email", "workPhone", "mobilePhone", "afterHoursPhone", "notes"] as const satisfies readonly (keyof PersonData)[];

const EMPTY: PersonData = { name: "", jobTitle: "", departmentId: null, email: "", workPhone: "", mobilePhone: "", afterHoursPhone: "", notes: "" };

/** A stored person's fields, the name as the register now keeps names, so a name typed with double spaces before is no change. */
function dataOf(person: PersonData): PersonData {
  return { ...Object.fromEntries(FIELDS.map((field) => [field, person[field]])), name: normaliseName(person.name) } as PersonData;
}

const sameData = (a: PersonData, b: PersonData) => FIELDS.every((field) => a[field] === b[field]);

/** Who a person is to the register's unique index on (organisation, name, e-mail), names compared as the register now keeps them. */
const identity = (data: Pick<PersonData, "name" | "email">) => `${data.name}\u0000${data.email}`;

function staleMessage(row: number, person: StoredPerson, writer: Writer | undefined): string {
  const what = `Row ${row} (“${person.name}”)`;
  const redo = "Export the register again and make your change in the new file.";
  if (!writer) return `${what}: this person was changed since you exported the register. ${redo}`;
  const when = `${formatDay(writer.at)} at ${writer.at.toISOString().slice(11, 16)} UTC`;
  return `${what}: ${writer.by ?? "someone"} changed this person on ${when}, after you exported the register. ${redo}`;
}

function departmentProblem(typed: string, departments: readonly Department[]): string {
  if (departments.length === 0) return `the organisation has no departments yet, so “${typed}” cannot be one; leave it empty, or add the department in Settings first`;
  return `“${typed}” is not one of the organisation's departments (${andList(departments.map((d) => d.name))}); use one of those, or add it in Settings first`;
}

/** Each field an update changes, in the form's order, with departments by name. */
function changesOf(before: PersonData, after: PersonData, departmentName: (id: string | null) => string): FieldChange[] {
  return FIELDS.filter((field) => before[field] !== after[field]).map((field) => {
    const text = (data: PersonData) => (field === "departmentId" ? departmentName(data.departmentId) : data[field]);
    return { label: PERSON_LABELS[field], from: text(before), to: text(after) };
  });
}

/**
 * Plans an import, in the file's order, from the rows read (lib/people/people-csv.ts). A row with a Continuity ID updates that person of the
 * register, if they are still at the version the file was exported at; a row without one updates
 * the person whose e-mail it has (in any letter case), or else adds a person. A row holding what
 * its person holds is unchanged. A row identical to an earlier row, or one that would add a
 * person identical to one in the register, is skipped, with why. Anything that cannot be done
 * is a problem of its row and column, told with the problems of the file's cells in one round,
 * in the file's order: an unknown ID, a stale row (with who changed the person and when), an
 * unknown department (naming the ones there are), an e-mail two people of the register share,
 * two rows for one person, and a person the register or the file already has by name and e-mail.
 */
export function planPeopleImport({
  read,
  people,
  departments,
  writers,
}: {
  read: { rows: readonly ImportRow[]; problems: readonly RowProblem[] };
  people: readonly StoredPerson[];
  departments: readonly Department[];
  /** Who last changed each person a row is stale about. */
  writers: ReadonlyMap<string, Writer>;
}): ImportPlan {
  const byId = new Map(people.map((p) => [p.id, p]));
  const byEmail = new Map<string, StoredPerson[]>();
  for (const person of people) {
    if (!person.email) continue;
    const key = person.email.toLowerCase();
    byEmail.set(key, [...(byEmail.get(key) ?? []), person]);
  }
  const byIdentity = new Map(people.map((p) => [identity(dataOf(p)), p]));
  const byName = new Map<string, StoredPerson[]>();
  for (const person of people) {
    const key = normaliseName(person.name).toLowerCase();
    byName.set(key, [...(byName.get(key) ?? []), person]);
  }
  const departmentByName = new Map(departments.map((d) => [normaliseName(d.name).toLowerCase(), d]));
  const departmentName = (id: string | null) => (id ? (departments.find((d) => d.id === id)?.name ?? "") : "");

  const problems: RowProblem[] = [];
  const entries: ImportEntry[] = [];
  const firstRowOf = new Map<string, number>();
  const rowUpdating = new Map<string, number>();
  for (const { row, values, ref, valid } of read.rows) {
    const at = (key: ValueKey | typeof ID_COLUMN) => `Row ${row}, column “${key === ID_COLUMN ? ID_COLUMN : labelOf(key)}”`;
    const problem = (message: string) => problems.push({ row, message });
    const before = problems.length;
    let departmentId: string | null | undefined;
    if (values.department !== undefined) {
      const department = values.department ? departmentByName.get(values.department.toLowerCase()) : null;
      if (department === undefined) problem(`${at("department")}: ${departmentProblem(values.department, departments)}`);
      else departmentId = department?.id ?? null;
    }
    let person: StoredPerson | undefined;
    if (ref) {
      person = byId.get(ref.id);
      if (!person) {
        problem(
          `${at(ID_COLUMN)}: the register has no person with this ID. They may have been deleted since the export, or the row comes from another organisation's file; clear the ID to add the row as a new person.`,
        );
      } else if (person.version !== ref.version) {
        problem(staleMessage(row, person, writers.get(person.id)));
      }
    } else if (values.email) {
      const matches = byEmail.get(values.email.toLowerCase()) ?? [];
      if (matches.length > 1) {
        problem(
          `${at("email")}: ${andList(matches.map((p) => `“${p.name}”`))} ${matches.length === 2 ? "both" : "all"} have this e-mail in the register, so the row could update any of them; export the register and edit their row instead.`,
        );
      }
      person = matches.length === 1 ? matches[0] : undefined;
    }
    if (!valid || problems.length > before) continue;

    const fields = Object.fromEntries(Object.entries(values).filter(([field]) => field !== "department")) as Partial<PersonData>;
    const data: PersonData = { ...(person ? dataOf(person) : EMPTY), ...fields, ...(departmentId === undefined ? {} : { departmentId }) };
    const key = JSON.stringify([person?.id ?? null, FIELDS.map((field) => data[field])]);
    const earlier = firstRowOf.get(key);
    if (earlier !== undefined) {
      entries.push({ row, kind: "skip", name: data.name, reason: `the same as row ${earlier}` });
      continue;
    }
    firstRowOf.set(key, row);
    if (person) {
      const other = rowUpdating.get(person.id);
      if (other !== undefined) {
        problem(`Row ${row}: row ${other} also updates “${person.name}”, with other values; keep one row for each person.`);
        continue;
      }
      rowUpdating.set(person.id, row);
      const stored = dataOf(person);
      entries.push(sameData(stored, data) ? { row, kind: "unchanged", person } : { row, kind: "update", person, data, changes: changesOf(stored, data, departmentName) });
      continue;
    }
    const twin = byIdentity.get(identity(data));
    if (twin && sameData(dataOf(twin), data)) {
      entries.push({ row, kind: "skip", name: data.name, reason: `already in the register, with the same details` });
      continue;
    }
    const namesakes = byName.get(data.name.toLowerCase()) ?? [];
    const note = namesakes.length > 0 ? `The register already has ${namesakes.length === 1 ? "a person" : `${namesakes.length} people`} called “${data.name}” (${fewOf(namesakes.map((p) => p.email || "no e-mail"), 3)}): check this is someone else.` : null;
    entries.push({ row, kind: "add", data, note });
  }
  problems.push(...identityProblems(entries, people));
  if (read.problems.length === 0 && problems.length === 0) return { ok: true, entries };
  // Stable: within a row, its cells' problems come before the register's.
  return { ok: false, problems: [...read.problems, ...problems].sort((a, b) => a.row - b.row).map((p) => p.message) };
}

/**
 * Rows that would leave two people of the register with the same name and e-mail (the register's
 * unique index): each against the register as the import would leave it, so that a row renaming
 * someone is refused beside the person whose name and e-mail it would take.
 */
function identityProblems(entries: readonly ImportEntry[], people: readonly StoredPerson[]): RowProblem[] {
  const updated = new Set(entries.flatMap((e) => (e.kind === "update" ? [e.person.id] : [])));
  const taken = new Map<string, { name?: string; row?: number }>(people.filter((p) => !updated.has(p.id)).map((p) => [identity(dataOf(p)), { name: p.name }]));
  const problems: RowProblem[] = [];
  for (const entry of entries) {
    if (entry.kind !== "add" && entry.kind !== "update") continue;
    const key = identity(entry.data);
    const holder = taken.get(key);
    const at = `Row ${entry.row}, column “${PERSON_LABELS.name}”`;
    const email = entry.data.email ? "this e-mail" : "no e-mail";
    const problem = (message: string) => problems.push({ row: entry.row, message: `${at}: ${message}` });
    if (!holder) taken.set(key, { row: entry.row });
    else if (holder.row !== undefined) problem(`row ${holder.row} has this name and ${email} too; list each person once.`);
    else if (entry.kind === "add") problem(`“${entry.data.name}” is already in the register with ${email}; to change their details, edit their row in an export of the register.`);
    else problem(`“${holder.name}” in the register has this name and ${email}; each person is in the register once.`);
  }
  return problems;
}
