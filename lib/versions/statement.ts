/** The words an approver agrees to, recorded verbatim with their approval. */
export function approvalStatement({ orgName, planName, number, hash }: { orgName: string; planName: string; number: number; hash: string }): string {
  return (
    `I approve version ${number} of “${planName}” (SHA-256 ${hash}) as the business continuity plan of ${orgName}. ` +
    "I have reviewed its summary, including its open findings and unmet recovery objectives."
  );
}
