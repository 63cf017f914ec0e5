import { formatInstant } from "@/lib/days";
import { decisionWords } from "@/lib/versions/status-words";

type Decision = { decision: string; createdAt: Date; approver: { id: string; name: string } };

/**
 * A version's decisions as the approval page lists them, one line each in the version page's words
 * ("Approved by Daniel Okafor on 20 Nov 2026, 10:00 UTC"): in the order they were made, so the
 * list reads as the version's history, and by name when made in the same instant, so it never
 * reorders between two loads.
 */
export function decisionLines(decisions: readonly Decision[]): { key: string; text: string }[] {
  return [...decisions]
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.approver.name.localeCompare(b.approver.name))
    .map((d) => ({ key: d.approver.id, text: `${decisionWords(d.decision)} by ${d.approver.name} on ${formatInstant(d.createdAt)}` }));
}
