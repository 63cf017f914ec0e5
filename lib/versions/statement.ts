/** The words an approver agrees to, recorded verbatim with their approval. */
export function approvalStatement({ orgName, planName, number, hash }: { orgName: string; planName: string; number: number; hash: string }): string {
  return (
    `I approve version ${number} of “${planName}” (SHA-256 ${hash}) as the business continuity plan of ${orgName}. ` +
    "I have reviewed its summary, including its open findings and unmet recovery objectives."
  );
}

/**
 * The organisation's and the plan's names as a version froze them, which its hash covers: what a
 * statement about the version names, so that a plan renamed while the version awaits approval is
 * signed for under the name its content bears. `current` stands in for a name a snapshot lacks.
 */
export function frozenNames(snapshot: unknown, current: { orgName: string; planName: string }): { orgName: string; planName: string } {
  const frozen = (snapshot ?? {}) as { organization?: unknown; plan?: { name?: unknown } };
  return {
    orgName: typeof frozen.organization === "string" ? frozen.organization : current.orgName,
    planName: typeof frozen.plan?.name === "string" ? frozen.plan.name : current.planName,
  };
}
