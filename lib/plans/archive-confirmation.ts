/** A list in words: "A", "A and B", "A, B and C". */
const and = (items: string[]) => (items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`);

/** What archiving a plan does, asked before it is done: named when it withdraws a version awaiting approval. */
export function archiveConfirmationBody({ planName, pending }: { planName: string; pending: { number: number; approvers: string[] } | null }): string {
  const lead = `“${planName}” becomes read-only and leaves the list of active plans. You can restore it later.`;
  if (!pending) return lead;
  const waiting = pending.approvers.length ? ` (waiting for ${and(pending.approvers)})` : "";
  return `${lead} Version ${pending.number} awaits approval${waiting}: archiving withdraws it, so nobody is asked to decide on it any more, and restoring the plan does not bring it back.`;
}

/** What restoring a plan does, asked before it is done: the version archiving withdrew stays withdrawn. */
export function restoreConfirmationBody({ planName, withdrawnOnArchive }: { planName: string; withdrawnOnArchive: number | null }): string {
  const lead = `“${planName}” becomes active and editable again.`;
  if (withdrawnOnArchive === null) return lead;
  return `${lead} Version ${withdrawnOnArchive}, withdrawn from approval when the plan was archived, stays withdrawn: submit the plan again to have it approved.`;
}
