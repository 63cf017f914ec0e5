import "server-only";
import type { Tx } from "@/lib/db/client";
import { cellAt, inFileOrder } from "@/lib/csv/row-problems";
import { fieldChanges, importPlan, inRow, matchRows, namesakeProblem, staleRowProblems, type ImportedRecords, type ImportPlan, type RowChange } from "@/lib/csv/plan-import";
import type { Actor } from "@/lib/auth/context";
import { lastWriters } from "@/lib/audit/last-writers";
import { writesNothing } from "@/lib/audit/same-snapshot";
import { nameKey, peopleDirectory, splitNames, type Directory } from "@/lib/csv/names";
import { planRecords } from "@/lib/bia/scope";
import type { z } from "zod";
import { createThreatSchema, THREAT_CATEGORY_LABELS, THREAT_LABELS } from "@/lib/risks/schemas";
import { showThreat } from "@/lib/risks/risk-fields";
import {
  ID_COLUMN,
  labelOf,
  ratingCell,
  readCategory,
  readRating,
  readThreatsCsv,
  SCALE_OF,
  SCENARIOS_COLUMN,
  type ColumnKey,
  type ThreatCsvRow,
} from "@/lib/risks/threats-csv";

type StoredThreat = Awaited<ReturnType<typeof loadThreats>>[number];

/** The plan's threats with the names of the scenarios each could cause, in name order. */
export function loadThreats(tx: Tx, actor: Pick<Actor, "orgId">, planId: string) {
  return tx.threat.findMany({
    where: planRecords(actor, planId),
    orderBy: [{ title: "asc" }, { id: "asc" }],
    include: { scenarios: { select: { name: true }, orderBy: { name: "asc" } } },
  });
}

/** The organisation's people as the Owner column names them. */
export async function loadOwners(tx: Tx, actor: Pick<Actor, "orgId">): Promise<Directory> {
  return peopleDirectory(await tx.person.findMany({ where: { orgId: actor.orgId }, orderBy: [{ name: "asc" }, { id: "asc" }], select: { id: true, name: true, email: true } }));
}

/** What an export writes for a threat: the form's fields in the form's words, its owner and scenarios by name. */
export function exportCells(threat: StoredThreat, owners: Directory): Record<ColumnKey, string> {
  return {
    title: threat.title,
    category: THREAT_CATEGORY_LABELS[threat.category],
    description: threat.description,
    likelihood: ratingCell(threat.likelihood, "likelihood"),
    impact: ratingCell(threat.impact, "impact"),
    existingControls: threat.existingControls,
    mitigation: threat.mitigation,
    owner: threat.ownerId ? owners.shown(threat.ownerId) : "",
    residualLikelihood: ratingCell(threat.residualLikelihood, "likelihood"),
    residualImpact: ratingCell(threat.residualImpact, "impact"),
    scenarios: threat.scenarios.map((s) => s.name).join("; "),
  };
}

/** A threat's fields as the register stores them: the form's schema's output, less the plan. */
type ThreatData = Omit<z.output<typeof createThreatSchema>, "planId">;

type Write = { row: number; stored: StoredThreat | null; data: ThreatData };

export type ThreatImportPlan = ImportPlan<Write> & {
  /** What the file says that the import does not do (its Linked scenarios), row by row. */
  notes: string[];
};

export const THREATS: ImportedRecords<StoredThreat> = {
  kind: "threat",
  where: "the register",
  exported: "the threat register",
  idColumn: ID_COLUMN,
  nameColumn: THREAT_LABELS.title,
  nameOf: (t) => t.title,
};

const RATINGS = ["likelihood", "impact", "residualLikelihood", "residualImpact"] as const;


/** The column of a field of the form's schema. */
const COLUMN_OF: Record<string, string> = { ...THREAT_LABELS };

/**
 * Works out what a threat register file would do to a plan, writing nothing (docs/decisions/0057):
 * each row updates the threat its ID names (at the version the file was exported at), or the
 * threat of the plan with its name (letter case and spacing aside), or adds one. Each row is
 * checked as the threat form checks a save (createThreatSchema: ratings from 1 to 5, the residual
 * rating whole and not above the inherent one), its owner looked up in the People register by
 * name or e-mail, and every problem of every row is returned at once. A column the file lacks
 * leaves that field as it is; a row holding what its threat holds is unchanged. Threats the file
 * does not mention are left alone, and scenarios are linked on their own pages: a Linked scenarios
 * cell that differs from the register is a note, not a change.
 */
export async function planThreatImport(tx: Tx, actor: Pick<Actor, "orgId">, { planId, text }: { planId: string; text: string }): Promise<{ ok: true; plan: ThreatImportPlan } | { ok: false; errors: string[] }> {
  const read = readThreatsCsv(text);
  if (!read.ok) return read;
  if (read.rows.length === 0) return { ok: false, errors: ["The file has a header row but no threats."] };
  // One after another: a transaction's queries share one connection.
  const threats = await loadThreats(tx, actor, planId);
  const owners = await loadOwners(tx, actor);

  const byName = new Map<string, StoredThreat[]>();
  for (const t of threats) byName.set(nameKey(t.title), [...(byName.get(nameKey(t.title)) ?? []), t]);
  const { matched, stale, errors } = matchRows(read.rows, {
    records: threats,
    words: THREATS,
    isCurrent: (stored, ref) => stored.version === ref.version,
    byName: (row, problems) => {
      const named = byName.get(nameKey(row.cells.title ?? "")) ?? [];
      // Titles are unique as typed: "Flood" and "flood" can both be in the register, and only an ID tells them apart.
      if (named.length > 1) {
        problems.push(
          `${cellAt(row.row, THREAT_LABELS.title)}: the register has ${named.length} threats called so (${named.map((t) => `“${t.title}”`).join(", ")}); export the register and import the row with its ${ID_COLUMN}.`,
        );
        return undefined;
      }
      return named[0] ?? null;
    },
  });
  const notes: string[] = [];
  const writes: Write[] = [];
  let unchanged = 0;

  for (const { row, stored } of matched) {
    const title = row.cells.title ?? stored?.title ?? "";
    const problem = namesakeProblem(THREATS, { row: row.row, name: title, stored, namesakes: byName.get(nameKey(title)) ?? [] });
    if (problem) errors.push(problem);
    const data = checkRow(row, { planId, stored, owners, errors });
    if (data === null) continue;
    const note = scenariosNote(row, stored, data.title);
    if (note) notes.push(note);
    if (stored && writesNothing(stored, data)) unchanged += 1;
    else writes.push({ row: row.row, stored, data });
  }
  const writers = await lastWriters(tx, actor, { entityType: "threat", actions: ["threat.updated"], ids: stale.map((s) => s.stored.id) });
  errors.push(...staleRowProblems(THREATS, stale, writers));
  if (errors.length > 0) return { ok: false, errors: inFileOrder(errors) };

  const show = await showThreat(tx, actor);
  const changes = writes.map((w): RowChange => ({
    row: w.row,
    name: w.data.title,
    kind: w.stored ? "update" : "add",
    changes: fieldChanges(w.stored ? show(w.stored) : null, show(w.data)),
  }));
  const fingerprintOf = (w: Write) => [w.row, w.stored?.id ?? null, w.stored?.version ?? null, w.data];
  return { ok: true, plan: { ...importPlan({ rows: read.rows.length, writes, unchanged, changes, fingerprintOf }), notes } };
}

/**
 * A row's threat, checked as the form checks it; null when it has problems (added to `errors`).
 * A cell the file lacks keeps the stored value (a new threat: the form's blank).
 */
function checkRow(row: ThreatCsvRow, { planId, stored, owners, errors }: { planId: string; stored: StoredThreat | null; owners: Directory; errors: string[] }): ThreatData | null {
  const before = errors.length;
  // The fields whose cell is refused already: the schema's word on them would say it twice.
  const refused = new Set<string>();
  const cell = (key: ColumnKey) => row.cells[key];
  const refuse = (field: keyof typeof THREAT_LABELS, key: ColumnKey, text: string) => {
    refused.add(field);
    errors.push(`${cellAt(row.row, labelOf(key))}: ${text}.`);
    return "";
  };
  const rating = (key: (typeof RATINGS)[number]) => {
    const text = cell(key);
    if (text === undefined) return stored?.[key] ?? "";
    const read = readRating(text, SCALE_OF[key]!);
    return read !== null && typeof read === "object" ? refuse(key, key, read.problem) : (read ?? "");
  };
  const category = () => {
    const text = cell("category");
    if (text === undefined) return stored?.category ?? "";
    const read = readCategory(text);
    return typeof read === "object" ? refuse("category", "category", read.problem) : read;
  };
  const owner = () => {
    const text = cell("owner")?.trim();
    if (text === undefined) return stored?.ownerId ?? "";
    if (text === "") return "";
    const found = owners.find(text);
    return "id" in found ? found.id : refuse("ownerId", "owner", found.problem);
  };
  const parsed = createThreatSchema.safeParse({
    planId,
    // Matched by its name, a threat keeps its own spelling of it; an ID's row may rename it.
    title: stored && !row.ref ? stored.title : (cell("title") ?? stored?.title),
    category: category(),
    description: cell("description") ?? stored?.description ?? "",
    likelihood: rating("likelihood"),
    impact: rating("impact"),
    existingControls: cell("existingControls") ?? stored?.existingControls ?? "",
    mitigation: cell("mitigation") ?? stored?.mitigation ?? "",
    ownerId: owner(),
    residualLikelihood: rating("residualLikelihood"),
    residualImpact: rating("residualImpact"),
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0]);
      // The rules across the ratings (the residual one whole and not above the inherent one) are judged on ratings that read.
      if (!refused.has(field) && !(issue.code === "custom" && RATINGS.some((rating) => refused.has(rating)))) errors.push(`${cellAt(row.row, COLUMN_OF[field] ?? field)}: ${inRow(issue.message)}.`);
    }
  }
  if (!parsed.success || errors.length > before) return null;
  const { category: kind, title, description, likelihood, impact, existingControls, mitigation, ownerId, residualLikelihood, residualImpact } = parsed.data;
  return { category: kind, title, description, likelihood, impact, existingControls, mitigation, ownerId, residualLikelihood, residualImpact };
}

/** What a row's Linked scenarios say that the register does not, in words; null when they agree or the file has no such column. */
function scenariosNote(row: ThreatCsvRow, stored: StoredThreat | null, title: string): string | null {
  const text = row.cells.scenarios;
  if (text === undefined) return null;
  const linked = new Set((stored?.scenarios ?? []).map((s) => nameKey(s.name)));
  const named = new Set(splitNames(text).map(nameKey));
  if (named.size === linked.size && [...named].every((name) => linked.has(name))) return null;
  return `Row ${row.row} (“${title}”): the column “${SCENARIOS_COLUMN}” is not imported; link scenarios to a threat on each scenario's page (“Caused by threats”).`;
}
