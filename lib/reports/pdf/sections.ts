/** The chapters of the report, in the order of the NIST SP 800-34 contingency plan template. */
export const REPORT_SECTIONS = [
  { id: "approval", title: "Approval" },
  { id: "introduction", title: "1. Introduction and scope" },
  { id: "operations", title: "2. Concept of operations" },
  { id: "activation", title: "3. Activation and notification" },
  { id: "recovery", title: "4. Recovery" },
  { id: "readiness", title: "5. Recovery readiness" },
  { id: "reconstitution", title: "6. Reconstitution" },
  { id: "appendix-bia", title: "Appendix A. Business impact analysis" },
  { id: "appendix-risks", title: "Appendix B. Risk register and heat map" },
  { id: "appendix-inventories", title: "Appendix C. Inventories" },
  { id: "appendix-tests", title: "Appendix D. Test history" },
  { id: "appendix-audit", title: "Appendix E. Audit trail" },
] as const;

export type SectionId = (typeof REPORT_SECTIONS)[number]["id"];

export function sectionsOf({ withAudit }: { withAudit: boolean }) {
  return REPORT_SECTIONS.filter((s) => withAudit || s.id !== "appendix-audit");
}
