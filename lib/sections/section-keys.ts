/** The narrative sections of a contingency plan (NIST SP 800-34 template), in reading order. */
export const SECTION_KEYS = [
  "purpose",
  "scope",
  "assumptions",
  "concept_of_operations",
  "activation",
  "recovery_sequence",
  "reconstitution",
] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

export const SECTIONS: Record<SectionKey, { title: string; guidance: string }> = {
  purpose: { title: "Purpose", guidance: "Why this plan exists and what it lets the organisation do after a disruption." },
  scope: { title: "Scope", guidance: "The sites, departments, functions and systems the plan covers, and what it leaves out." },
  assumptions: { title: "Assumptions", guidance: "What must hold for the plan to work: staff available, off-site copies intact, suppliers reachable." },
  concept_of_operations: {
    title: "Concept of operations",
    guidance: "Roles and responsibilities: who leads, who decides, who does what during a disruption.",
  },
  activation: {
    title: "Activation and notification",
    guidance: "When the plan is invoked, by whom, and who is told in what order.",
  },
  recovery_sequence: { title: "Recovery sequence", guidance: "The order in which functions and systems are brought back, and why." },
  reconstitution: {
    title: "Reconstitution",
    guidance: "Validating recovered systems and data, returning to normal operations, and standing the team down.",
  },
};
