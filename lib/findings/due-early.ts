/**
 * Findings due before the day they are held to (a test's date, an incident's declaration:
 * docs/decisions/0058), in words for the refusal of a change that would move that day past them.
 * Pure: the use cases read the findings.
 */
import { formatDay } from "@/lib/days";
import { clipText } from "@/lib/changed-excerpts";

export type DueEarly = { description: string; dueOn: Date };

/** How many of the findings due too early a refusal names; the rest are counted. */
const NAMED = 3;

/** “Sandbags” (due 2 Dec 2026), “Pumps” (due 3 Dec 2026) and 2 more: earliest due first, as given. */
export function dueEarlyList(findings: DueEarly[]): string {
  const named = findings.slice(0, NAMED).map((f) => `“${clipText(f.description, 60)}” (due ${formatDay(f.dueOn)})`);
  const more = findings.length - named.length;
  return more > 0 ? `${named.join(", ")} and ${more} more` : named.join(", ");
}

/**
 * The date field's refusal when a test's date moves to a later day than some of its open findings
 * are due (`findings`, earliest due first; null: none are). A finding is due no earlier than its
 * test took place, so the date waits until their due dates move: the refusal names them, when
 * each is due, and the day to move them to.
 */
export function findingsDueEarlyProblem(heldOn: Date, findings: DueEarly[]): string | null {
  if (findings.length === 0) return null;
  const one = findings.length === 1;
  return (
    `Held on ${formatDay(heldOn)}, the test would have ${one ? "a finding" : `${findings.length} findings`} due before it: ${dueEarlyList(findings)}. ` +
    `Move ${one ? "its due date" : "their due dates"} to ${formatDay(heldOn)} or later first, then change the test's date.`
  );
}

/**
 * The date field's hint on a test's form when open findings hold the date back (undefined when
 * none have a due date): the latest day it can move to, so the refusal is not the first the user
 * hears of it.
 */
export function testDateHint(findings: { status: string; dueOn: Date | null }[]): string | undefined {
  const due = findings.flatMap((f) => (f.status !== "closed" && f.dueOn ? [f.dueOn.getTime()] : []));
  if (due.length === 0) return undefined;
  const first = formatDay(new Date(Math.min(...due)));
  return `Its open findings are due from ${first}: a date after that waits until their due dates move.`;
}
