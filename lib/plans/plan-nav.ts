/** The pages of a plan, in the order of the BCM cycle (the plan layout's tabs). */
export const PLAN_PAGES = [
  { segment: null, label: "Overview" },
  { segment: "committee", label: "Committee & ERT" },
  { segment: "risks", label: "Risks & scenarios" },
  { segment: "bia", label: "Impact analysis" },
  { segment: "systems", label: "Systems" },
  { segment: "priorities", label: "Priorities" },
  { segment: "sections", label: "Written plan" },
  { segment: "inventories", label: "Inventories" },
  { segment: "recovery", label: "Recovery" },
  { segment: "tests", label: "Tests" },
  { segment: "incidents", label: "Incidents" },
  { segment: "approval", label: "Approval" },
  { segment: "reports", label: "Reports" },
] as const;
