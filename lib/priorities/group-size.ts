/**
 * A consistency group keeps several systems' restore points consistent, so it needs at least two
 * (lib/priorities/schemas.ts refuses fewer on create and update). Deleting a system is not
 * blocked by its groups, though, and can leave one with a single system or none: such a group
 * says so wherever it is listed, instead of passing as consistent (the engine finds one system
 * always consistent with itself). Pure.
 */
export const MIN_GROUP_SYSTEMS = 2;

/** What a group with fewer than two systems left says, or null for a group of two or more. */
export function groupSizeNote(systems: readonly { name: string }[]): string | null {
  if (systems.length >= MIN_GROUP_SYSTEMS) return null;
  const left = systems.length === 1 ? `Only ${systems[0].name} is left in this group` : "No system is left in this group";
  return `${left}, so there is nothing to keep consistent: a consistency group needs at least two systems. Add another system or delete the group.`;
}
