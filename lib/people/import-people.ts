import "server-only";
import { createHash } from "node:crypto";
import { db, type Tx } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { lastWriters } from "@/lib/audit/last-writers";
import { recordAudit, recordAudits } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { isUniqueViolation } from "@/lib/plans/plan-fields";
import { fileProblem, readCsvUpload } from "@/lib/csv/read-upload";
import { readPeopleCsv } from "@/lib/people/people-csv";
import { planPeopleImport, type Department, type ImportEntry, type PersonData } from "@/lib/people/plan-people-import";
import { personSnapshot } from "@/lib/people/person-fields";
import { importPeopleSchema, PERSON_LABELS } from "@/lib/people/schemas";
import { lockPlans } from "@/lib/plans/lock-plans";
import { relabelPersonItems } from "@/lib/inventories/relabel-person-items";

const MAX_LISTED_PROBLEMS = 50;
/** Rows the preview lists; the counts cover them all. */
const SHOWN = 200;

export type PreviewRow = { row: number; name: string; kind: ImportEntry["kind"]; details: string[] };
/** What an import would do (a preview) or did, for the page: counts, the rows, and what the user confirms. */
export type PeopleImportPreview = {
  fileName: string;
  rows: number;
  added: number;
  updated: number;
  unchanged: number;
  skipped: number;
  /** Additions and updates first, then skipped and unchanged rows, each in the file's order. */
  entries: PreviewRow[];
  moreEntries: number;
  /** The plan's digest: confirming applies the import only while the file still does exactly this. */
  fingerprint: string;
};

/** Every problem of a refused file, each by row and column, as the registers' import lists them. */
function rowProblems(problems: string[]): AppError {
  const listed = problems.slice(0, MAX_LISTED_PROBLEMS);
  if (problems.length > listed.length) listed.push(`…and ${problems.length - listed.length} more.`);
  const count = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
  return new AppError("VALIDATION", `Nothing was imported: the file has ${count}.`, {
    file: `Fix the ${count} listed and choose the file again.`,
    ...Object.fromEntries(listed.map((message, index) => [`import.${index}`, message])),
  });
}

const PERSON_FIELDS = { id: true, version: true, name: true, jobTitle: true, departmentId: true, email: true, workPhone: true, mobilePhone: true, afterHoursPhone: true, notes: true } as const;

/** Reads the file and plans it against the organisation's register; any problem refuses the whole file. */
async function planFile(tx: Tx, actor: Actor, text: string): Promise<{ rows: number; entries: ImportEntry[]; departments: Department[] }> {
  const read = readPeopleCsv(text);
  if (!read.ok) throw rowProblems(read.problems);
  if (read.rows.length === 0 && read.problems.length === 0) throw fileProblem("The file has a header row but no people.");
  // One after another: a transaction's queries share one connection.
  const people = await tx.person.findMany({ where: { orgId: actor.orgId }, orderBy: { id: "asc" }, select: PERSON_FIELDS });
  const departments = await tx.department.findMany({ where: { orgId: actor.orgId }, orderBy: { name: "asc" }, select: { id: true, name: true } });
  const versions = new Map(people.map((p) => [p.id, p.version]));
  const stale = read.rows.flatMap(({ ref }) => (ref && versions.has(ref.id) && versions.get(ref.id) !== ref.version ? [ref.id] : []));
  const planned = planPeopleImport({ read, people, departments, writers: await lastWriters(tx, actor, { entityType: "person", actions: ["person.updated"], ids: stale }) });
  if (!planned.ok) throw rowProblems(planned.problems);
  return { rows: read.rows.length, entries: planned.entries, departments };
}

const ORDER: Record<ImportEntry["kind"], number> = { add: 0, update: 0, skip: 1, unchanged: 2 };
const shown = (text: string) => text || "none";

function previewRow(entry: ImportEntry, departmentName: (id: string | null) => string): PreviewRow {
  switch (entry.kind) {
    case "add": {
      const given = (Object.keys(PERSON_LABELS) as (keyof PersonData)[])
        .filter((field) => field !== "name" && entry.data[field])
        .map((field) => `${PERSON_LABELS[field]}: ${field === "departmentId" ? departmentName(entry.data.departmentId) : entry.data[field]}`);
      return { row: entry.row, name: entry.data.name, kind: "add", details: entry.note ? [...given, entry.note] : given };
    }
    case "update":
      return { row: entry.row, name: entry.person.name, kind: "update", details: entry.changes.map((c) => `${c.label}: ${shown(c.from)} → ${shown(c.to)}`) };
    case "unchanged":
      return { row: entry.row, name: entry.person.name, kind: "unchanged", details: [] };
    case "skip":
      return { row: entry.row, name: entry.name, kind: "skip", details: [`Skipped: ${entry.reason}.`] };
  }
}

/** A digest of exactly what the import would write, and over which versions of whom. */
function fingerprintOf(entries: readonly ImportEntry[]): string {
  const essence = entries.map((e) =>
    e.kind === "add" ? [e.row, e.kind, e.data] : e.kind === "skip" ? [e.row, e.kind] : e.kind === "update" ? [e.row, e.kind, e.person.id, e.person.version, e.data] : [e.row, e.kind, e.person.id, e.person.version],
  );
  return createHash("sha256").update(JSON.stringify(essence)).digest("hex");
}

function summary(fileName: string, planned: Awaited<ReturnType<typeof planFile>>): PeopleImportPreview {
  const count = (kind: ImportEntry["kind"]) => planned.entries.filter((e) => e.kind === kind).length;
  const departmentName = (id: string | null) => (id ? (planned.departments.find((d) => d.id === id)?.name ?? "") : "");
  const listed = [...planned.entries].sort((a, b) => ORDER[a.kind] - ORDER[b.kind] || a.row - b.row);
  return {
    fileName,
    rows: planned.rows,
    added: count("add"),
    updated: count("update"),
    unchanged: count("unchanged"),
    skipped: count("skip"),
    entries: listed.slice(0, SHOWN).map((entry) => previewRow(entry, departmentName)),
    moreEntries: Math.max(0, listed.length - SHOWN),
    fingerprint: fingerprintOf(planned.entries),
  };
}

/** Reads an uploaded CSV file and says what importing it would add, update, leave and skip. Writes nothing. */
export async function previewPeopleImport({ actor, file }: { actor: Actor; file: unknown }): Promise<PeopleImportPreview> {
  authorize(actor, "plan:edit");
  const upload = await readCsvUpload(file, { example: "one downloaded from this page" });
  return summary(upload.name, await planFile(db, actor, upload.text));
}

/**
 * Imports an uploaded CSV file into the People register, all rows or none, in one transaction. The
 * file is planned again inside it; with the fingerprint of the preview the user confirmed, a
 * plan that differs from it (someone changed the register since) is refused. Updates are
 * conditional on the version read, so a save that commits meanwhile refuses the import. Each
 * updated person gets a `person.updated` audit row with their fields before and after, as a
 * save on their page does (a form opened before the import is then told what changed,
 * docs/decisions/0007), each added one a `person.created` row, and the import one
 * `people.imported` row with the counts. A file that changes nothing writes nothing.
 */
export async function importPeople({ actor, input, file }: { actor: Actor; input: unknown; file: unknown }): Promise<PeopleImportPreview> {
  authorize(actor, "plan:edit");
  const { fingerprint } = parseInput(importPeopleSchema, input);
  const upload = await readCsvUpload(file, { example: "one downloaded from this page" });
  try {
    return await db.$transaction(
      async (tx) => {
        // The plans first, then the people it updates: the lock order of lock-plans.ts.
        await lockPlans(tx, { orgId: actor.orgId });
        const planned = await planFile(tx, actor, upload.text);
        const result = summary(upload.name, planned);
        if (fingerprint && fingerprint !== result.fingerprint) {
          throw new AppError("CONFLICT", "The People register changed since the preview, so nothing was imported. Preview the file again to see what it would do now.");
        }
        if (result.added + result.updated === 0) return result;
        const audits: Parameters<typeof recordAudits>[1] = [];
        for (const entry of planned.entries) {
          if (entry.kind !== "update") continue;
          const { count } = await tx.person.updateMany({
            where: { id: entry.person.id, orgId: actor.orgId, version: entry.person.version },
            data: { ...entry.data, version: { increment: 1 } },
          });
          // Saved by someone else between the read above and this write.
          if (count === 0) {
            throw new AppError("CONFLICT", `Row ${entry.row} (“${entry.person.name}”): someone changed this person while the file was being imported. Nothing was imported; preview the file again.`);
          }
          audits.push({ actor, action: "person.updated", entityType: "person", entityId: entry.person.id, planId: null, before: personSnapshot(entry.person), after: personSnapshot(entry.data) });
        }
        // Once every row is written: two rows may swap names.
        const renamed = planned.entries.flatMap((entry) => (entry.kind === "update" && entry.data.name !== entry.person.name ? [entry.person.id] : []));
        await relabelPersonItems(tx, { orgId: actor.orgId, personIds: renamed });
        const adds = planned.entries.flatMap((entry) => (entry.kind === "add" ? [entry.data] : []));
        const created = await tx.person.createManyAndReturn({ data: adds.map((data) => ({ ...data, orgId: actor.orgId })) });
        for (const person of created) audits.push({ actor, action: "person.created", entityType: "person", entityId: person.id, planId: null, after: personSnapshot(person) });
        await recordAudits(tx, audits);
        await recordAudit(tx, {
          actor,
          action: "people.imported",
          entityType: "organization",
          entityId: actor.orgId,
          planId: null,
          after: { fileName: upload.name, rows: result.rows, added: result.added, updated: result.updated, unchanged: result.unchanged, skipped: result.skipped },
        });
        return result;
      },
      // Up to 5,000 rows, each update its own conditional write.
      { timeout: 120_000, maxWait: 10_000 },
    );
  } catch (error) {
    // Two rows swapping names and e-mails meet in the unique index midway; one at a time works.
    if (isUniqueViolation(error)) {
      throw new AppError("CONFLICT", "Nothing was imported: two people would have had the same name and e-mail while the file was written (rows that swap them, or a person added meanwhile). Make the change in two imports.");
    }
    throw error;
  }
}
