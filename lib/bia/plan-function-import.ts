import "server-only";
import type { Tx } from "@/lib/db/client";
import { cellAt, inFileOrder } from "@/lib/csv/row-problems";
import { fieldChanges, importPlan, inRow, matchRows, namesakeProblem, staleRowProblems, type ImportedRecords, type ImportPlan, type RowChange } from "@/lib/csv/plan-import";
import type { Actor } from "@/lib/auth/context";
import { lastWriters } from "@/lib/audit/last-writers";
import { idSet, sameSnapshot, writesNothing } from "@/lib/audit/same-snapshot";
import { durationInput } from "@/lib/durations";
import { impactAnalysisSchema, updateDependenciesSchema, type TargetSettings } from "@/lib/bia/schemas";
import { impactValues, type ImpactAnalysis } from "@/lib/bia/impact-values";
import { storedGrid } from "@/lib/bia/function-fields";
import { DEPENDENCY_WRITES, IMPACT_WRITES, showDependencySection, showImpactSection } from "@/lib/bia/function-conflict";
import { planRecords } from "@/lib/bia/scope";
import { vendorChoiceLabel } from "@/lib/bia/vendor-checks";
import { storedCategories, type ImpactGrid } from "@/lib/bia/impact";
import { directory, nameKey, peopleDirectory, splitNames, type Directory } from "@/lib/csv/names";
import {
  DEPENDENCY_COLUMNS,
  ID_COLUMN,
  impactColumnLabel,
  readBiaCsv,
  splitLines,
  type BiaCsvRow,
  type ColumnKey,
  type DependencyKey,
  type GridShape,
} from "@/lib/bia/bia-csv";

type StoredFunction = Awaited<ReturnType<typeof loadFunctions>>[number];

export function loadFunctions(tx: Tx, actor: Pick<Actor, "orgId">, planId: string) {
  const ids = { select: { id: true } } as const;
  return tx.businessFunction.findMany({
    where: planRecords(actor, planId),
    orderBy: [{ name: "asc" }, { id: "asc" }],
    include: { systems: ids, keyPeople: ids, vendors: ids, facilities: ids },
  });
}

type Dependencies = { systemIds: string[]; keyPersonIds: string[]; vendorIds: string[]; facilityIds: string[]; vitalRecords: string[] };

const storedDependencies = (f: StoredFunction): Dependencies => ({
  systemIds: idSet(f.systems.map((s) => s.id)),
  keyPersonIds: idSet(f.keyPeople.map((p) => p.id)),
  vendorIds: idSet(f.vendors.map((v) => v.id)),
  facilityIds: idSet(f.facilities.map((s) => s.id)),
  vitalRecords: f.vitalRecords,
});

const DEPENDENCY_IDS: Record<Exclude<DependencyKey, "vitalRecords">, keyof Omit<Dependencies, "vitalRecords">> = {
  systems: "systemIds",
  keyPeople: "keyPersonIds",
  vendors: "vendorIds",
  facilities: "facilityIds",
};

type Write = {
  row: number;
  stored: StoredFunction | null;
  values: ReturnType<typeof impactValues>["values"];
  dependencies: Dependencies;
  impactChanged: boolean;
  dependenciesChanged: boolean;
};

export type FunctionImportPlan = ImportPlan<Write>;

export const FUNCTIONS: ImportedRecords<StoredFunction> = { kind: "function", where: "the plan", exported: "the BIA", idColumn: ID_COLUMN, nameColumn: "Function", nameOf: (f) => f.name };

/** Where the schema's fields are in the file. */
const SCHEMA_COLUMNS: Record<string, string> = {
  name: "Function",
  description: "Description",
  productId: "Product or service",
  departmentId: "Department",
  costPerHour: "Cost per hour",
  mtdMinutes: "MTD",
  rtoMinutes: "RTO",
  rpoMinutes: "RPO",
  wrtMinutes: "WRT",
  mtdOverrideReason: "Why the MTD differs from the suggestion",
  rtoOverrideReason: "Why the RTO is longer than the suggestion",
  vitalRecords: "Vital records",
};

const EMPTY_FUNCTION = { name: "", description: "", productId: null, departmentId: null, impactGrid: {}, costPerHour: null, mtdMinutes: null, rtoMinutes: null, rpoMinutes: null, wrtMinutes: null, mtdOverrideReason: "", rtoOverrideReason: "" };
const NO_DEPENDENCIES: Dependencies = { systemIds: [], keyPersonIds: [], vendorIds: [], facilityIds: [], vitalRecords: [] };

/**
 * Works out what a BIA file would do to a plan, writing nothing: each row updates the function
 * its ID names (at the versions the file was exported at), or the function of the plan with its
 * name (letter case and spacing aside), or adds one. Each row is checked as the function's two
 * forms check a save (impactAnalysisSchema and updateDependenciesSchema, the reasons the targets
 * need, the organisation's categories and outage lengths), names are looked up in the plan and the
 * organisation, and every problem of every row is returned at once. A column the file lacks leaves
 * that field as it is. Functions the file does not mention are left alone.
 */
export async function planFunctionImport(tx: Tx, actor: Pick<Actor, "orgId">, { planId, text }: { planId: string; text: string }): Promise<{ ok: true; plan: FunctionImportPlan } | { ok: false; errors: string[] }> {
  // One after another: a transaction's queries share one connection.
  const org = await tx.organization.findUniqueOrThrow({ where: { id: actor.orgId }, select: { impactHorizonsMinutes: true, intolerableRating: true, impactCategories: true } });
  const settings: TargetSettings = { categories: storedCategories(org.impactCategories), horizons: org.impactHorizonsMinutes, intolerable: org.intolerableRating };
  const shape: GridShape = settings;
  const read = readBiaCsv(text, shape);
  if (!read.ok) return read;
  if (read.rows.length === 0) return { ok: false, errors: ["The file has a header row but no functions."] };

  const lookups = await loadDirectories(tx, actor, planId);
  const functions = await loadFunctions(tx, actor, planId);

  const byName = new Map(functions.map((f) => [nameKey(f.name), f]));
  const { matched, stale, errors } = matchRows(read.rows, {
    records: functions,
    words: FUNCTIONS,
    isCurrent: (stored, ref) => stored.version === ref.version && stored.dependenciesVersion === ref.dependenciesVersion,
    byName: (row) => byName.get(nameKey(row.cells.name ?? "")) ?? null,
  });
  const writes: Write[] = [];
  let unchanged = 0;

  for (const { row, stored } of matched) {
    const name = row.cells.name ?? stored?.name ?? "";
    const namesake = byName.get(nameKey(name));
    const problem = namesakeProblem(FUNCTIONS, { row: row.row, name, stored, namesakes: namesake ? [namesake] : [] });
    if (problem) errors.push(problem);
    const checked = checkRow(row, { planId, stored, settings, lookups, errors });
    if (!checked) continue;
    const { data, dependencies } = checked;
    const { values } = impactValues({ data, settings, storedGrid: stored ? storedGrid(stored.impactGrid) : {} });
    const impactChanged = !stored || !writesNothing(stored, values);
    const dependenciesChanged = stored ? !sameSnapshot(storedDependencies(stored), dependencies) : !sameSnapshot(NO_DEPENDENCIES, dependencies);
    if (stored && !impactChanged && !dependenciesChanged) unchanged += 1;
    else writes.push({ row: row.row, stored, values, dependencies, impactChanged, dependenciesChanged });
  }
  const writers = await lastWriters(tx, actor, { entityType: "function", actions: [...IMPACT_WRITES, ...DEPENDENCY_WRITES], ids: stale.map((s) => s.stored.id) });
  errors.push(...staleRowProblems(FUNCTIONS, stale, writers));
  if (errors.length > 0) return { ok: false, errors: inFileOrder(errors) };

  const showImpact = await showImpactSection(tx, actor, planId);
  const showDependencies = await showDependencySection(tx, actor, planId);
  const changes = writes.map((w): RowChange => {
    const before = w.stored ? { ...w.stored, ...storedDependencies(w.stored) } : { ...EMPTY_FUNCTION, ...NO_DEPENDENCIES };
    const after = { ...w.values, ...w.dependencies };
    return {
      row: w.row,
      name: w.values.name,
      kind: w.stored ? "update" : "add",
      changes: [...fieldChanges(showImpact(before), showImpact(after)), ...fieldChanges(showDependencies(before), showDependencies(after))],
    };
  });
  const fingerprintOf = (w: Write) => [w.row, w.stored?.id ?? null, w.stored?.version ?? null, w.stored?.dependenciesVersion ?? null, w.values, w.dependencies];
  return { ok: true, plan: importPlan({ rows: read.rows.length, writes, unchanged, changes, fingerprintOf }) };
}


/** The names a BIA file may use for departments, products and dependencies: the plan's and the organisation's. */
export async function loadDirectories(tx: Tx, actor: Pick<Actor, "orgId">, planId: string) {
  // One after another: a transaction's queries share one connection.
  const orgScope = { orgId: actor.orgId };
  const rows = {
    departments: await tx.department.findMany({ where: orgScope, select: { id: true, name: true } }),
    products: await tx.product.findMany({ where: planRecords(actor, planId), select: { id: true, name: true } }),
    systems: await tx.system.findMany({ where: planRecords(actor, planId), select: { id: true, name: true } }),
    people: await tx.person.findMany({ where: orgScope, select: { id: true, name: true, email: true } }),
    vendors: await tx.inventoryItem.findMany({ where: { ...planRecords(actor, planId), kind: "vendors" }, select: { id: true, label: true, data: true } }),
    sites: await tx.site.findMany({ where: orgScope, select: { id: true, name: true } }),
  };
  const named = (list: { id: string; name: string }[]) => list.map((r) => ({ id: r.id, shown: r.name }));
  // A vendor reads as the dependencies form offers it, with its service; its name alone finds it when no other entry has that name.
  const vendors = rows.vendors.map((v) => ({ id: v.id, shown: vendorChoiceLabel(v), also: [v.label] }));
  return {
    department: directory(named(rows.departments), { kind: "department", plural: "departments", where: "the organisation" }),
    product: directory(named(rows.products), { kind: "product or service", plural: "products", where: "this plan" }),
    systems: directory(named(rows.systems), { kind: "IT system", plural: "IT systems", where: "this plan" }),
    keyPeople: peopleDirectory(rows.people),
    vendors: directory(vendors, { kind: "vendor", plural: "vendors", where: "this plan's vendor list" }),
    facilities: directory(named(rows.sites), { kind: "facility (site)", plural: "sites", where: "the organisation" }),
  };
}
export type FunctionDirectories = Awaited<ReturnType<typeof loadDirectories>>;

/** The grid the row leaves: the stored ratings of the organisation's current cells, with the file's columns over them. */
function rowGrid(row: BiaCsvRow, stored: StoredFunction | null, shape: GridShape): ImpactGrid {
  const grid: Record<string, Record<string, (typeof row.ratings)[number]["rating"]>> = {};
  const current = stored ? storedGrid(stored.impactGrid) : {};
  for (const { key } of shape.categories) for (const minutes of shape.horizons) (grid[key] ??= {})[String(minutes)] = current[key]?.[String(minutes)] ?? null;
  for (const r of row.ratings) grid[r.category][String(r.minutes)] = r.rating;
  return Object.fromEntries(
    Object.entries(grid)
      .map(([key, cells]) => [key, Object.fromEntries(Object.entries(cells).filter(([, rating]) => rating !== null))])
      .filter(([, cells]) => Object.keys(cells).length > 0),
  );
}

/** A row's impact analysis and dependencies, checked as the forms check them; null when it has problems (added to `errors`). */
function checkRow(
  row: BiaCsvRow,
  { planId, stored, settings, lookups, errors }: { planId: string; stored: StoredFunction | null; settings: TargetSettings; lookups: FunctionDirectories; errors: string[] },
): { data: ImpactAnalysis; dependencies: Dependencies } | null {
  const before = errors.length;
  const cell = (key: ColumnKey) => row.cells[key];
  const reference = (key: "department" | "product", storedId: string | null, column: string) => {
    const text = cell(key);
    if (text === undefined) return storedId;
    if (text.trim() === "") return null;
    const found = lookups[key].find(text.trim());
    if ("id" in found) return found.id;
    errors.push(`${cellAt(row.row, column)}: ${found.problem}.`);
    return storedId;
  };
  const target = (key: "mtd" | "rto" | "rpo" | "wrt", storedMinutes: number | null) => cell(key) ?? durationInput(storedMinutes);
  const input = {
    planId,
    // A new function has no id or version yet; the schema is the form's, which names them.
    functionId: stored?.id ?? "new",
    version: String(stored?.version ?? 1),
    // Matched by its name, a function keeps its own spelling of it; an ID's row may rename it.
    name: stored && !row.ref ? stored.name : (cell("name") ?? stored?.name),
    description: cell("description") ?? stored?.description ?? "",
    departmentId: reference("department", stored?.departmentId ?? null, "Department"),
    productId: reference("product", stored?.productId ?? null, "Product or service"),
    impactGrid: rowGrid(row, stored, settings),
    costPerHour: cell("costPerHour") ?? stored?.costPerHour ?? null,
    mtdMinutes: target("mtd", stored?.mtdMinutes ?? null),
    rtoMinutes: target("rto", stored?.rtoMinutes ?? null),
    rpoMinutes: target("rpo", stored?.rpoMinutes ?? null),
    wrtMinutes: target("wrt", stored?.wrtMinutes ?? null),
    mtdOverrideReason: cell("mtdOverrideReason") ?? stored?.mtdOverrideReason ?? "",
    rtoOverrideReason: cell("rtoOverrideReason") ?? stored?.rtoOverrideReason ?? "",
  };
  const parsed = impactAnalysisSchema(settings).safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [field, category, minutes] = issue.path.map(String);
      const label = settings.categories.find((c) => c.key === category)?.label;
      const column = field === "impactGrid" && label ? impactColumnLabel(label, Number(minutes)) : (SCHEMA_COLUMNS[field] ?? field);
      errors.push(`${cellAt(row.row, column)}: ${inRow(issue.message, column)}.`);
    }
  }

  const current = stored ? storedDependencies(stored) : NO_DEPENDENCIES;
  const ids = { ...current };
  for (const { key, label } of DEPENDENCY_COLUMNS) {
    const text = cell(key);
    if (key === "vitalRecords" || text === undefined) continue;
    ids[DEPENDENCY_IDS[key]] = splitNames(text).flatMap((name) => {
      const found = lookups[key].find(name);
      if ("id" in found) return [found.id];
      errors.push(`${cellAt(row.row, label)}: ${found.problem}.`);
      return [];
    });
  }
  const vitalText = cell("vitalRecords");
  const dependencies = updateDependenciesSchema.safeParse({
    planId,
    functionId: stored?.id ?? "new",
    version: "1",
    systemIds: ids.systemIds,
    keyPersonIds: ids.keyPersonIds,
    vendorIds: ids.vendorIds,
    facilityIds: ids.facilityIds,
    vitalRecords: vitalText === undefined ? current.vitalRecords.join("\n") : splitLines(vitalText).join("\n"),
  });
  if (!dependencies.success) {
    for (const issue of dependencies.error.issues) errors.push(`${cellAt(row.row, SCHEMA_COLUMNS[String(issue.path[0])] ?? String(issue.path[0]))}: ${inRow(issue.message, "")}.`);
  }
  if (errors.length > before || !parsed.success || !dependencies.success) return null;
  const { name, description, productId, departmentId, impactGrid, costPerHour, mtdMinutes, rtoMinutes, rpoMinutes, wrtMinutes, mtdOverrideReason, rtoOverrideReason } = parsed.data;
  const data: ImpactAnalysis = { name, description, productId, departmentId, impactGrid, costPerHour, mtdMinutes, rtoMinutes, rpoMinutes, wrtMinutes, mtdOverrideReason, rtoOverrideReason };
  const { systemIds, keyPersonIds, vendorIds, facilityIds, vitalRecords } = dependencies.data;
  return { data, dependencies: { systemIds: idSet(systemIds), keyPersonIds: idSet(keyPersonIds), vendorIds: idSet(vendorIds), facilityIds: idSet(facilityIds), vitalRecords } };
}

/** What an export writes in a function's department, product and dependency cells: the names the import finds them by. */
export function exportCells(f: StoredFunction, lookups: FunctionDirectories) {
  const names = (directory: Directory, rows: { id: string }[]) => rows.map((r) => directory.shown(r.id)).sort((a, b) => a.localeCompare(b)).join("; ");
  return {
    department: f.departmentId ? lookups.department.shown(f.departmentId) : "",
    product: f.productId ? lookups.product.shown(f.productId) : "",
    systems: names(lookups.systems, f.systems),
    keyPeople: names(lookups.keyPeople, f.keyPeople),
    vendors: names(lookups.vendors, f.vendors),
    facilities: names(lookups.facilities, f.facilities),
    vitalRecords: f.vitalRecords.join("\n"),
  };
}
