import "server-only";
import { loadEditablePlan } from "@/lib/plans/load-editable-plan";
import { lockPlan } from "@/lib/plans/lock-plan";
import { createHash } from "node:crypto";
import { db, type Tx } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit, recordAudits } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { CsvSyntaxError, readCsvTable, type CsvTable } from "@/lib/csv/read-csv";
import {
  ErrorList,
  leftOutNote,
  mapRestorePointRows,
  mapVmRows,
  firstWarnings,
  mergeErrors,
  repeatWarnings,
  restorePointHeaders,
  type ImportKind,
  type LeftOut,
  type PartialPointRow,
  type Repeat,
  type RestorePointRow,
  type RowError,
  type VmRow,
} from "@/lib/recovery/imports/map-rows";
import {
  checkPointRefs,
  planPointChanges,
  planVmChanges,
  saasPointWarnings,
  type ChangePlan,
  type FieldChange,
  type PointChange,
  type SeenPoints,
  type VmChange,
} from "@/lib/recovery/imports/plan-changes";
import { importSchema } from "@/lib/recovery/imports/schemas";
import { recoveryScope } from "@/lib/recovery/setup/scope";
import { count } from "@/lib/count";

export type ImportProgress = { phase: "checking" | "writing"; done: number; total: number };
type OnProgress = (progress: ImportProgress) => void;

type PreviewChange = { kind: "create" | "update"; line: number; name: string; changes: FieldChange[] };
export type ImportPreview = {
  kind: ImportKind;
  fileName: string;
  rows: number;
  creates: number;
  updates: number;
  unchanged: number;
  /** Rows skipped because they repeat an earlier row of the file (named in the warnings). */
  repeats: number;
  warnings: string[];
  /** VM rows not imported (RVTools templates, and powered-off VMs of either format unless included), and why in words. */
  leftOut: (LeftOut & { note: string }) | null;
  changes: PreviewChange[];
  moreChanges: number;
  fingerprint: string;
};

const CHUNK = 250;
const SHOWN = 200;
const yieldToStream = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * A refused file: one error is the message; several are counted in the message and listed, in
 * file order, the first MAX_ERRORS and then "…and N more".
 */
function rowErrors({ errors, more = 0 }: { errors: RowError[]; more?: number }): AppError {
  const [first] = errors;
  const where = (e: RowError) => `Line ${e.line}${e.column ? `, column "${e.column}"` : ""}`;
  const listed: Record<string, string> = {};
  for (const e of errors) {
    let key = `${e.line}:${e.column}`;
    for (let n = 2; key in listed; n++) key = `${e.line}:${e.column}#${n}`;
    listed[key] = `${where(e)}: ${e.message}`;
  }
  if (more) listed.more = `…and ${more} more.`;
  const total = errors.length + more;
  return new AppError(
    "VALIDATION",
    total === 1 ? `${where(first)}: ${first.message} Nothing was imported.` : `The file has ${total} errors, listed below. Nothing was imported: fix them all and import it again.`,
    listed,
  );
}

function readTable(text: string): CsvTable {
  try {
    return readCsvTable(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw rowErrors({ errors: [{ line: error.line, column: "", message: error.detail }] });
    throw error;
  }
}

/**
 * A restore-point file is checked against the plan even when its cells are not all good (`refused`
 * holds their errors, `partial` the rows as far as they were read), so that one pass reports
 * every error: the file's and the plan's.
 */
type Parsed =
  | { kind: "rvtools" | "vms"; rows: VmRow[]; fileRows: number; leftOut: LeftOut; repeats: Repeat[] }
  | {
      kind: "restore-points";
      rows: RestorePointRow[];
      fileRows: number;
      table: CsvTable;
      refused: { errors: RowError[]; more: number; partial: PartialPointRow[] } | null;
      /** The import's time, which a point's usable time is told against. */
      now: Date;
    };

function parseRows(kind: ImportKind, text: string, options: { includePoweredOff: boolean; now: Date }): Parsed {
  const table = readTable(text);
  const fileRows = table.records.length;
  if (kind === "restore-points") {
    const mapped = mapRestorePointRows(table, { now: options.now });
    if (!mapped.ok) {
      // An empty or headless file has nothing to check against the plan.
      if (table.header.length === 0) throw rowErrors(mapped);
      return { kind, rows: [], fileRows, table, refused: mapped, now: options.now };
    }
    return { kind, rows: mapped.rows, fileRows, table, refused: null, now: options.now };
  }
  const mapped = mapVmRows(kind, table, { includePoweredOff: options.includePoweredOff });
  if (!mapped.ok) throw rowErrors(mapped);
  return { kind, rows: mapped.rows, fileRows, leftOut: mapped.leftOut, repeats: mapped.repeats };
}

/** Runs a row-by-row planner over chunks, reporting progress between them. */
async function inChunks<R, C>(rows: R[], plan: (chunk: R[]) => ChangePlan<C>, onProgress: OnProgress): Promise<ChangePlan<C>> {
  const out: ChangePlan<C> = { changes: [], unchanged: 0, warnings: [] };
  for (let i = 0; i < rows.length; i += CHUNK) {
    const part = plan(rows.slice(i, i + CHUNK));
    out.changes.push(...part.changes);
    out.unchanged += part.unchanged;
    out.warnings.push(...part.warnings);
    onProgress({ phase: "checking", done: Math.min(rows.length, i + CHUNK), total: rows.length });
    await yieldToStream();
  }
  return out;
}

type Reader = Pick<Tx, "system" | "host" | "backupLocation" | "restorePoint">;
type Planned = ChangePlan<VmChange | PointChange> & { repeats: Repeat[] };

/** The changes a file makes, and the rows skipped as repeats of earlier ones (in file order, named first among the warnings). */
async function planChanges(tx: Reader, scope: { orgId: string; planId: string }, parsed: Parsed, onProgress: OnProgress): Promise<Planned> {
  const planned = await planRows(tx, scope, parsed, onProgress);
  return { ...planned, warnings: [...repeatWarnings(planned.repeats), ...planned.warnings] };
}

async function planRows(tx: Reader, scope: { orgId: string; planId: string }, parsed: Parsed, onProgress: OnProgress): Promise<Planned> {
  if (parsed.kind !== "restore-points") {
    const systems = await tx.system.findMany({
      where: scope,
      select: { id: true, name: true, hostId: true, hostName: true, ramMiB: true, usedGB: true, bootMinutes: true, verifyMinutes: true, priority: true },
    });
    const hosts = await tx.host.findMany({ where: scope, select: { id: true, key: true, name: true }, orderBy: { key: "asc" } });
    return { ...(await inChunks(parsed.rows, (chunk) => planVmChanges(chunk, systems, hosts), onProgress)), repeats: parsed.repeats };
  }
  const systems = await tx.system.findMany({ where: scope, select: { id: true, name: true, kind: true, hostId: true, ramMiB: true, usedGB: true } });
  const locations = await tx.backupLocation.findMany({ where: scope, select: { id: true, key: true, name: true }, orderBy: { key: "asc" } });
  const headers = restorePointHeaders(parsed.table.header);
  if (parsed.refused) {
    // The file's own errors, and those of its rows' systems, locations and duplicates as far as
    // the rows could be read: all in one refusal.
    const plan = new ErrorList(parsed.table.header);
    checkPointRefs(parsed.refused.partial, systems, locations, headers, new Map(), (error) => plan.add(error));
    throw rowErrors(mergeErrors(parsed.table.header, parsed.refused, { errors: plan.first, more: plan.more }));
  }
  // A loop, not Math.min(...times): spreading a file of 200,000 points overflows the call stack.
  let [first, last] = [Infinity, -Infinity];
  for (const row of parsed.rows) [first, last] = [Math.min(first, row.pointInTime.getTime()), Math.max(last, row.pointInTime.getTime())];
  const existing = parsed.rows.length
    ? await tx.restorePoint.findMany({
        where: { ...scope, pointInTime: { gte: new Date(first), lte: new Date(last) } },
        select: { id: true, systemId: true, locationId: true, pointInTime: true, usableAt: true, sizeGB: true },
      })
    : [];
  const errors = new ErrorList(parsed.table.header);
  // One file's points, across its chunks: a point met in an earlier chunk is a duplicate too.
  const seen: SeenPoints = new Map();
  const repeats: Repeat[] = [];
  const plan = await inChunks(
    parsed.rows,
    (chunk) => {
      const result = planPointChanges({ rows: chunk, systems, locations, existing, headers, now: parsed.now, seen });
      if (result.ok) {
        repeats.push(...result.repeats);
        return result.plan;
      }
      for (const error of result.errors) errors.add(error);
      return { changes: [], unchanged: 0, warnings: [] };
    },
    onProgress,
  );
  if (errors.total) throw rowErrors({ errors: errors.first, more: errors.more });
  // The chunks' warnings are the points not usable yet, one a row.
  const notUsableYet = firstWarnings(plan.warnings, (more) => `${count(more, "more point")} ${more === 1 ? "is" : "are"} not usable yet either.`);
  return { ...plan, warnings: [...notUsableYet, ...saasPointWarnings(parsed.rows, systems)], repeats };
}

function fingerprintOf(plan: ChangePlan<VmChange | PointChange>, leftOut: LeftOut | null): string {
  const essence = plan.changes.map((c) => [c.kind, c.name, c.changes]);
  return createHash("sha256").update(JSON.stringify([essence, plan.unchanged, leftOut])).digest("hex");
}

function summary(kind: ImportKind, fileName: string, parsed: Parsed, plan: Planned): ImportPreview {
  const ofKind = (k: "create" | "update") => plan.changes.filter((c) => c.kind === k).length;
  const leftOut = parsed.kind === "restore-points" ? null : parsed.leftOut;
  const note = leftOut && leftOutNote(leftOut);
  return {
    kind,
    fileName,
    rows: parsed.fileRows,
    creates: ofKind("create"),
    updates: ofKind("update"),
    unchanged: plan.unchanged,
    repeats: plan.repeats.length,
    warnings: plan.warnings,
    leftOut: leftOut && note ? { ...leftOut, note } : null,
    changes: plan.changes.slice(0, SHOWN).map(({ kind: k, line, name, changes }) => ({ kind: k, line, name, changes })),
    moreChanges: Math.max(0, plan.changes.length - SHOWN),
    fingerprint: fingerprintOf(plan, leftOut),
  };
}

/** Reads an import file and reports what it would create and update. Writes nothing. */
export async function previewImport({ actor, input, onProgress = () => {} }: { actor: Actor; input: unknown; onProgress?: OnProgress }): Promise<ImportPreview> {
  authorize(actor, "plan:edit");
  const { planId, kind, fileName, text, includePoweredOff } = parseInput(importSchema, input);
  await loadEditablePlan(db, actor, planId);
  const parsed = parseRows(kind, text, { includePoweredOff, now: new Date() });
  const plan = await planChanges(db, recoveryScope(actor, planId), parsed, onProgress);
  return summary(kind, fileName, parsed, plan);
}

/**
 * One audit row per system an import changes, with the `before` of the facts it changed, written
 * an insert per chunk once every chunk is written: the import bumps the system's `recoveryVersion`, and a
 * refused save of its recovery facts reads these rows to say what changed (docs/decisions/0007).
 * Written last because an audit row holds the organisation's audit chain until the transaction
 * ends (decision 60): written per chunk, every other change in the organisation would wait out the rest.
 */
function systemAudits(actor: Actor, planId: string, updates: Extract<VmChange, { kind: "update" }>[]) {
  return updates.map((change) => ({
    actor,
    action: "recovery.system.imported",
    entityType: "system",
    entityId: change.id,
    planId,
    before: change.before,
    after: change.data,
  }));
}

async function write(tx: Tx, actor: Actor, scope: { orgId: string; planId: string }, changes: (VmChange | PointChange)[], onProgress: OnProgress): Promise<void> {
  const vmUpdates: Extract<VmChange, { kind: "update" }>[] = [];
  for (let i = 0; i < changes.length; i += CHUNK) {
    const chunk = changes.slice(i, i + CHUNK);
    const creates = chunk.filter((c) => c.kind === "create");
    for (const change of chunk) {
      if (change.kind !== "update") continue;
      if ("data" in change) {
        // Recovery facts only: the register entry (and its version) is the systems register's.
        await tx.system.update({ where: { id: change.id }, data: { ...change.data, recoveryVersion: { increment: 1 } } });
        vmUpdates.push(change);
      } else await tx.restorePoint.update({ where: { id: change.id }, data: { usableAt: change.usableAt, sizeGB: change.sizeGB } });
    }
    const vmCreates = creates.filter((c): c is Extract<VmChange, { kind: "create" }> => "data" in c);
    if (vmCreates.length) await tx.system.createMany({ data: vmCreates.map((c) => ({ ...scope, name: c.name, ...c.data })) });
    const pointCreates = creates.filter((c): c is Extract<PointChange, { kind: "create" }> => "systemId" in c);
    if (pointCreates.length) {
      await tx.restorePoint.createMany({
        data: pointCreates.map((c) => ({ ...scope, systemId: c.systemId, locationId: c.locationId, pointInTime: c.pointInTime, usableAt: c.usableAt, sizeGB: c.sizeGB })),
      });
    }
    onProgress({ phase: "writing", done: Math.min(changes.length, i + CHUNK), total: changes.length });
    await yieldToStream();
  }
  for (let i = 0; i < vmUpdates.length; i += CHUNK) await recordAudits(tx, systemAudits(actor, scope.planId, vmUpdates.slice(i, i + CHUNK)));
}

/**
 * Applies an import in one transaction: all rows or none. It recomputes the changes and refuses
 * if they differ from the preview the user confirmed (someone edited in between). Nothing to
 * change writes nothing, not even an audit row; otherwise one audit row records the counts, and
 * one per system it changed records that system's facts before and after.
 */
export async function applyImport({ actor, input, onProgress = () => {} }: { actor: Actor; input: unknown; onProgress?: OnProgress }) {
  authorize(actor, "plan:edit");
  const { planId, kind, fileName, text, fingerprint, includePoweredOff } = parseInput(importSchema, input);
  const parsed = parseRows(kind, text, { includePoweredOff, now: new Date() });
  const scope = recoveryScope(actor, planId);
  return db.$transaction(
    async (tx) => {
      await loadEditablePlan(tx, actor, planId);
      // The plan first, then its rows: the lock order of lock-plan.ts.
      await lockPlan(tx, { orgId: actor.orgId, planId });
      const plan = await planChanges(tx, scope, parsed, onProgress);
      const result = summary(kind, fileName, parsed, plan);
      if (fingerprint && fingerprint !== result.fingerprint) {
        throw new AppError("CONFLICT", "The plan changed since the preview. Preview the file again to see what it would change now.");
      }
      if (plan.changes.length === 0) return result;
      await write(tx, actor, scope, plan.changes, onProgress);
      await recordAudit(tx, {
        actor,
        action: "recovery.import.applied",
        entityType: "plan",
        entityId: planId,
        planId,
        after: {
          kind,
          fileName,
          rows: result.rows,
          created: result.creates,
          updated: result.updates,
          unchanged: result.unchanged,
          ...(result.repeats ? { repeats: result.repeats } : {}),
          ...(result.leftOut ? { leftOut: { templates: result.leftOut.templates, poweredOff: result.leftOut.poweredOff } } : {}),
        },
      });
      return result;
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}
