/**
 * Whose contact details a stored version prints out of date: a version freezes the people it names
 * with their numbers as they were, and a report of it is what a responder takes offline, so the
 * report says who has changed since. Pure: the version's people and today's come in.
 */
export type ContactDetails = { id: string; name: string; email?: string | null; workPhone?: string | null; mobilePhone?: string | null; afterHoursPhone?: string | null };

const DETAILS = ["email", "workPhone", "mobilePhone", "afterHoursPhone"] as const;
const same = (a: string | null | undefined, b: string | null | undefined) => (a ?? "").trim() === (b ?? "").trim();

/** Names, in order of first mention, of the people whose details differ today or who were removed since. */
export function contactsChanged(frozen: readonly (ContactDetails | null | undefined)[], today: readonly ContactDetails[]): string[] {
  const now = new Map(today.map((p) => [p.id, p]));
  const changed: string[] = [];
  const seen = new Set<string>();
  for (const person of frozen) {
    if (!person || seen.has(person.id)) continue;
    seen.add(person.id);
    const current = now.get(person.id);
    if (!current) changed.push(`${person.name} (no longer in the people register)`);
    else if (DETAILS.some((key) => !same(person[key], current[key]))) changed.push(person.name);
  }
  return changed;
}
