import { formatInstant } from "@/lib/days";
import { decisionWords } from "@/lib/versions/status-words";

type Decision = { decision: string; createdAt: Date; approver: { id: string; name: string } };

/**
 * The order a version's decisions are listed in, on the approval page and the version page alike:
 * the order they were made, so the list reads as the version's history, and by name when made in
 * the same instant, so it never reorders between two loads. Compared here rather than by the
 * database so that both pages sort names the same way whatever the database's collation.
 */
export function decisionOrder(a: Pick<Decision, "createdAt" | "approver">, b: Pick<Decision, "createdAt" | "approver">): number {
  return a.createdAt.getTime() - b.createdAt.getTime() || a.approver.name.localeCompare(b.approver.name);
}

/**
 * A version's decisions as the approval page lists them, one line each in the version page's words
 * ("Approved by Daniel Okafor on 20 Nov 2026, 10:00 UTC"), in `decisionOrder`.
 */
export function decisionLines(decisions: readonly Decision[]): { key: string; text: string }[] {
  return [...decisions]
    .sort(decisionOrder)
    .map((d) => ({ key: d.approver.id, text: `${decisionWords(d.decision)} by ${d.approver.name} on ${formatInstant(d.createdAt)}` }));
}
