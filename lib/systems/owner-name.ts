/**
 * A system's owner as every page shows it: the person's name, or the text typed while owners were
 * free text, marked as naming nobody in the register (docs/decisions/0035); null for no owner.
 */
export function ownerName(system: { ownerPerson: { name: string } | null; ownerText: string }): string | null {
  if (system.ownerPerson) return system.ownerPerson.name;
  return system.ownerText ? `${system.ownerText} (not in the People register)` : null;
}
