import type { PLAN_PAGES } from "@/lib/plans/plan-nav";

export type TabSegment = Exclude<(typeof PLAN_PAGES)[number]["segment"], null>;

/**
 * The stages of the BCM cycle as a plan's overview shows them, numbered in the order of the
 * plan's tabs (plan-nav.ts): a first-time reader starts on the overview and goes through the tabs
 * left to right, so the steps run the same way. `tabs` are where each is worked on, the first its
 * own tab; every tab of the cycle belongs to one stage (the systems register to the impact
 * analysis, which links each function to the systems it needs). Each later feature reports its
 * stage's completeness (0–100) through get-plan-overview.ts; a stage with nothing recorded yet
 * shows its empty state.
 */
export const STAGES = [
  {
    key: "committee",
    title: "Committee and emergency response team",
    summary: "Who leads continuity, who responds first, and how to reach them at any hour.",
    tabs: ["committee"],
  },
  {
    key: "risks",
    title: "Risk assessment",
    summary: "Threats by likelihood and impact, their mitigations, and the disaster scenarios to plan for.",
    tabs: ["risks"],
  },
  {
    key: "bia",
    title: "Business impact analysis",
    summary: "Core services, the functions behind them, impact over time, MTD, RTO, RPO and WRT, and the IT systems each function needs.",
    tabs: ["bia", "systems"],
  },
  {
    key: "priorities",
    title: "Priorities",
    summary: "Functions ranked by criticality, recovery tiers, and the systems each one needs.",
    tabs: ["priorities"],
  },
  {
    key: "sections",
    title: "Written plan",
    summary: "The plan's narrative: purpose, scope, assumptions, concept of operations, activation, recovery and reconstitution.",
    tabs: ["sections"],
  },
  {
    key: "inventories",
    title: "Data-collection inventories",
    summary: "The eighteen registers: contacts, vendors, insurance, hardware, off-site storage and more.",
    tabs: ["inventories"],
  },
  {
    // The figure is how far the recovery work has got; whether it would work is the stage's outcome.
    key: "recovery",
    title: "Recovery planning",
    summary: "Each system's backups, hosts and targets, and whether its backups meet its RPO and its restore its RTO in every scenario.",
    tabs: ["recovery"],
  },
  {
    key: "tests",
    title: "Tests and exercises",
    summary: "Exercises with measured restore times, data loss and findings.",
    tabs: ["tests"],
  },
  {
    key: "approval",
    title: "Executive approval",
    summary: "Versions of the plan submitted to and approved by top management.",
    tabs: ["approval"],
  },
] as const satisfies readonly { key: string; title: string; summary: string; tabs: readonly [TabSegment, ...TabSegment[]] }[];

export type StageKey = (typeof STAGES)[number]["key"];

export type StageStatus = {
  key: StageKey;
  title: string;
  summary: string;
  /** The plan's tabs where the stage is worked on, its own first. */
  tabs: readonly TabSegment[];
  /** 0–100. */
  completeness: number;
  /** Shown when nothing is recorded for the stage (completeness 0 and nothing to do listed): what it needs first. */
  emptyState: string;
  /** Where the stage stands, in a sentence, when its feature says more than a figure (shown instead of the empty state). */
  note: string | null;
  /**
   * What the stage still lacks, one short sentence each; empty when complete or when nothing is
   * recorded for it yet (its feature lists nothing then, and the empty state says it). A stage at 0%
   * with something recorded (registers all overdue for review, members but no chair) lists it.
   */
  todo: string[];
  /** What the stage's last assessment found, in a sentence (recovery: whether the business could recover); shown whatever the figure. */
  outcome: string | null;
};

const EMPTY_STATES: Record<StageKey, string> = {
  committee: "No committee members or response team recorded yet.",
  risks: "No threats or disaster scenarios recorded yet.",
  bia: "No business functions analysed yet.",
  priorities: "No functions ranked yet: give them an MTD in the impact analysis.",
  inventories: "No inventory registers filled in yet.",
  recovery: "No systems or backup policies recorded yet.",
  tests: "This plan has never been tested.",
  sections: "No section of the written plan has been written yet.",
  approval: "This plan has not been submitted for approval.",
};

export function stageStatuses(
  completeness: Partial<Record<StageKey, number>>,
  notes: Partial<Record<StageKey, string | null>> = {},
  todo: Partial<Record<StageKey, string[]>> = {},
  outcome: Partial<Record<StageKey, string>> = {},
): StageStatus[] {
  return STAGES.map((stage) => {
    const percent = Math.max(0, Math.min(100, Math.round(completeness[stage.key] ?? 0)));
    return {
      ...stage,
      completeness: percent,
      emptyState: EMPTY_STATES[stage.key],
      note: notes[stage.key] ?? null,
      todo: percent < 100 ? (todo[stage.key] ?? []) : [],
      outcome: outcome[stage.key] ?? null,
    };
  });
}

export function overallCompleteness(stages: StageStatus[]): number {
  if (stages.length === 0) return 0;
  return Math.round(stages.reduce((sum, stage) => sum + stage.completeness, 0) / stages.length);
}
