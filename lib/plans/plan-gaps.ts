import type { StageStatus } from "@/lib/plans/stages";

export type PlanGaps = {
  /** The average of the content stages (every stage but approval itself), 0–100. */
  contentCompleteness: number;
  /** The least complete content stages, weakest first (at most `limit`), with what each lacks. */
  gaps: { title: string; completeness: number; why: string }[];
  /** Whether the business could recover, as last assessed: said whatever the recovery stage's figure. */
  recoveryOutcome: string | null;
};

/**
 * How complete the content of a plan is, for whoever submits or approves it (pure). The approval
 * stage is left out: a plan being submitted is never approved yet, and that is not a gap in it.
 */
export function planGaps(stages: StageStatus[], limit = 3): PlanGaps {
  const content = stages.filter((stage) => stage.key !== "approval");
  const contentCompleteness = content.length ? Math.round(content.reduce((sum, s) => sum + s.completeness, 0) / content.length) : 0;
  const gaps = content
    .filter((stage) => stage.completeness < 100)
    .sort((a, b) => a.completeness - b.completeness)
    .slice(0, limit)
    .map((stage) => ({
      title: stage.title,
      completeness: stage.completeness,
      why: stage.note ?? (stage.todo.length ? stage.todo.join(" ") : stage.completeness === 0 ? stage.emptyState : "Partly filled in."),
    }));
  return { contentCompleteness, gaps, recoveryOutcome: stages.find((stage) => stage.key === "recovery")?.outcome ?? null };
}
