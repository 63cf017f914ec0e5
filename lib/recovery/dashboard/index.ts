/**
 * The readiness dashboard's view model, from one assessment: the matrix, capacity, the MTD check
 * per function and scenario, current ages, and the count of findings. Pure, so the benchmark
 * times exactly what a request does.
 */
import type { Assessment } from "@/lib/engine";
import { functionGaps, type FunctionGaps, type LeftOut } from "./mtd-gaps";
import { ageSummary } from "./ages";
import { capacityRows, type CapacityRow } from "./capacity";
import { matrixRows, pageRows, sortMatrix, type MatrixRow, type MatrixSort } from "./matrix";

export type ProcessRow = {
  scenario: string;
  process: string;
  rtoMinutes: number | null;
  mtdOk: boolean | null;
  slackMinutes: number | null;
  /** Its systems left out of the assessment: a passed MTD check is not shown as passed (./mtd-gaps.ts). */
  gaps: FunctionGaps;
};

/** The row's slack for ordering: a recovery that never finishes (MTD failed, no RTO) has the least. */
const slackOf = (r: ProcessRow) => (r.mtdOk === false && r.slackMinutes === null ? -Infinity : r.slackMinutes);

/** Tightest first: MTD exceeded (never recovered first), then the least slack; rows without an MTD last. */
export function bySlack(a: ProcessRow, b: ProcessRow): number {
  const x = slackOf(a);
  const y = slackOf(b);
  if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
  return x === y ? 0 : x < y ? -1 : 1;
}

/** Hosts that cannot take their systems first, then the fullest (a lost host counts as full); ties keep the scenario order. */
const used = (r: CapacityRow) => r.usedPercent ?? Number.MAX_SAFE_INTEGER;
function fullestFirst(a: CapacityRow, b: CapacityRow): number {
  return Number(b.over) - Number(a.over) || used(b) - used(a);
}

/**
 * The view model is built once per assessment and then only read by every request that reuses it
 * (lib/recovery/get-readiness.ts), so whatever is ordered is ordered here, once: the MTD rows
 * tightest first, the capacity rows fullest first, and the matrix once per sort order asked for. A request then only filters and
 * slices out the page it shows.
 */
export function buildDashboard(assessment: Assessment, leftOut: LeftOut = {}) {
  const gapsOf = functionGaps(leftOut);
  const processes: ProcessRow[] = assessment.scenarios
    .flatMap((sc) =>
      sc.processes.map((p) => ({ scenario: sc.id, process: p.id, rtoMinutes: p.rtoMinutes, mtdOk: p.mtdOk, slackMinutes: p.slackMinutes, gaps: gapsOf(p.id) })),
    )
    .sort(bySlack);
  const matrix = matrixRows(assessment);
  const sorted = new Map<string, MatrixRow[]>();
  const sortedMatrix = (sort: MatrixSort, dir: "asc" | "desc") => {
    const key = `${sort}:${dir}`;
    let rows = sorted.get(key);
    if (!rows) sorted.set(key, (rows = sortMatrix(matrix, { q: "", sort, dir })));
    return rows;
  };
  return {
    matrix,
    sortedMatrix,
    capacity: capacityRows(assessment).sort(fullestFirst),
    processes,
    ages: ageSummary(assessment),
    errors: assessment.findings.filter((f) => f.severity === "error").length,
    warnings: assessment.findings.filter((f) => f.severity === "warning").length,
    findingsBySystem: findingsBySystem(assessment),
    // The findings no system carries, so that the summary's parts add up to its total.
    functionFindings: assessment.findings.filter((f) => !f.system && f.process).length,
    groupFindings: assessment.findings.filter((f) => !f.system && f.group).length,
    systemCount: assessment.systems.length,
  };
}

export type SystemFindings = { system: string; errors: number; warnings: number };

/**
 * Where the findings are: each system with its problems and warnings, most problems first (then
 * by name), so the dashboard can say where to start. Findings about a function (an MTD) name no
 * system and are the MTD table's to show.
 */
export function findingsBySystem(assessment: Assessment): SystemFindings[] {
  const counts = new Map<string, SystemFindings>();
  for (const f of assessment.findings) {
    if (!f.system) continue;
    const row = counts.get(f.system) ?? { system: f.system, errors: 0, warnings: 0 };
    if (f.severity === "error") row.errors += 1;
    else row.warnings += 1;
    counts.set(f.system, row);
  }
  return [...counts.values()].sort((a, b) => b.errors - a.errors || b.warnings - a.warnings || a.system.localeCompare(b.system));
}

export type Dashboard = ReturnType<typeof buildDashboard>;

/** One page of the matrix as asked for: the sorted rows filtered by system name (order kept), then sliced. */
export function matrixPage(dashboard: Dashboard, query: { q: string; sort: MatrixSort; dir: "asc" | "desc"; page: number; pageSize: number }) {
  const needle = query.q.trim().toLowerCase();
  const sorted = dashboard.sortedMatrix(query.sort, query.dir);
  return pageRows(needle ? sorted.filter((r) => r.system.toLowerCase().includes(needle)) : sorted, query);
}
