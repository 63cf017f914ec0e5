/**
 * The readiness matrix: one row per modelled system, one cell per scenario, each with the RPO and
 * RTO status and its margin (target minus value, in minutes; negative = breached by that much).
 * Pure: built from the engine's assessment only.
 */
import type { Assessment, TargetStatus } from "@/lib/engine";
import { clampPage, pageCountOf, pageWindow } from "@/lib/lists/list-query";

export type Objective = {
  status: TargetStatus;
  value: number | null;
  target: number | null;
  margin: number | null;
  /** Affected and never back (no surviving copy, no room, waiting on one that is not): worse than any breach, target or none. */
  unrecoverable: boolean;
};

export type Cell = { scenario: string; rpo: Objective; rto: Objective };

export type MatrixRow = {
  system: string;
  cells: Cell[];
  /** The smallest margin over every cell (-Infinity when a breach is unbounded); null when nothing has a target. */
  margin: number | null;
  breaches: number;
};

export const MATRIX_SORTS = ["margin", "name"] as const;
export type MatrixSort = (typeof MATRIX_SORTS)[number];

/**
 * Target minus value; an unbounded value (no path, unplaced) misses its target by -Infinity, and
 * counts as -Infinity without a target too: a VM nobody set a target for and nothing can bring
 * back must not sort last among the systems with nothing to check.
 */
function objective(status: TargetStatus, value: number | null, target: number | null): Objective {
  const unrecoverable = status !== "not-affected" && value === null;
  const margin = status === "not-affected" ? null : unrecoverable ? -Infinity : status === "no-target" || target === null ? null : target - (value as number);
  return { status, value, target, margin, unrecoverable };
}

export function matrixRows(assessment: Assessment): MatrixRow[] {
  const bySystem = new Map<string, Cell[]>(assessment.systems.map((s) => [s.id, []]));
  for (const scenario of assessment.scenarios) {
    for (const s of scenario.systems) {
      const cells = bySystem.get(s.id) ?? [];
      cells.push({
        scenario: scenario.id,
        rpo: objective(s.rpo.status, s.rpo.worstCaseMinutes, s.rpo.target),
        rto: objective(s.rto.status, s.rto.achievableMinutes, s.rto.target),
      });
      bySystem.set(s.id, cells);
    }
  }
  return [...bySystem].map(([system, cells]) => {
    const margins = cells.flatMap((c) => [c.rpo.margin, c.rto.margin]).filter((m): m is number => m !== null);
    return {
      system,
      cells,
      margin: margins.length ? Math.min(...margins) : null,
      breaches: cells.filter((c) => c.rpo.status === "breached").length + cells.filter((c) => c.rto.status === "breached").length,
    };
  });
}

/**
 * Filters by system name and sorts: by margin, the tightest first when ascending (rows without a
 * margin always last, whichever the direction); by name. Ties fall back to the name.
 */
export function sortMatrix(rows: MatrixRow[], { q, sort, dir }: { q: string; sort: MatrixSort; dir: "asc" | "desc" }): MatrixRow[] {
  const needle = q.trim().toLowerCase();
  const kept = needle ? rows.filter((r) => r.system.toLowerCase().includes(needle)) : [...rows];
  const sign = dir === "asc" ? 1 : -1;
  const byName = (a: MatrixRow, b: MatrixRow) => a.system.localeCompare(b.system);
  return kept.sort((a, b) => {
    if (sort === "name") return sign * byName(a, b) || 0;
    if (a.margin === null || b.margin === null) return a.margin === b.margin ? byName(a, b) : a.margin === null ? 1 : -1;
    return (a.margin < b.margin ? -sign : a.margin > b.margin ? sign : 0) || byName(a, b);
  });
}

/** One page of the sorted rows, clamped to the last page as every list is (lib/lists/list-query.ts). */
export function pageRows<T>(rows: T[], { page, pageSize }: { page: number; pageSize: number }) {
  const total = rows.length;
  const current = clampPage({ page, pageSize, total });
  const { skip, take } = pageWindow({ page: current, pageSize });
  return { rows: rows.slice(skip, skip + take), total, page: current, pageCount: pageCountOf({ total, pageSize }) };
}
