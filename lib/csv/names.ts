/**
 * Records a CSV file names by their names: how names are compared, and a directory that finds one
 * record of a kind by what a cell says, or says why it cannot (none, or several). Shared by the
 * imports that name records of other registers (the BIA's dependencies, a threat's owner). Pure.
 */

/** How names are compared: letter case and runs of spaces do not count. */
export const nameKey = (name: string) => name.trim().replace(/\s+/g, " ").toLowerCase();

/** Names in a cell: separated by ";", trimmed, blanks dropped. */
export const splitNames = (cell: string) => cell.split(";").map((name) => name.trim()).filter(Boolean);

/** A choice a file may name: what an export writes for it, and the other spellings that find it alone. */
export type Entry = { id: string; shown: string; also?: readonly string[] };
/** The records of one kind a column names, found by name whatever the letter case and spacing. */
export type Directory = { find: (name: string) => { id: string } | { problem: string }; shown: (id: string) => string };

const MAX_NAMED = 25;
const listed = (names: string[]) => (names.length > MAX_NAMED ? `${names.slice(0, MAX_NAMED).join(", ")} and ${names.length - MAX_NAMED} more` : names.join(", "));

/**
 * Finds entries by `shown` or one of their `also` spellings. An `also` spelling never hides an
 * entry written in full; shared by several entries, it is ambiguous and the problem lists them.
 * `kind`, `plural` and `where` word the problems ("no person is called “Kit”. The People register has …").
 */
export function directory(entries: readonly Entry[], { kind, plural, where }: { kind: string; plural: string; where: string }): Directory {
  const byName = new Map<string, string[]>();
  const add = (name: string, id: string) => byName.set(nameKey(name), [...new Set([...(byName.get(nameKey(name)) ?? []), id])]);
  for (const entry of entries) add(entry.shown, entry.id);
  const full = new Set(byName.keys());
  for (const entry of entries) for (const also of entry.also ?? []) if (!full.has(nameKey(also))) add(also, entry.id);
  const shown = new Map(entries.map((e) => [e.id, e.shown]));
  return {
    find: (name) => {
      const ids = byName.get(nameKey(name)) ?? [];
      if (ids.length === 1) return { id: ids[0] };
      if (ids.length > 1) return { problem: `“${name}” names ${ids.length} ${plural}; write it as ${listed(ids.map((id) => `“${shown.get(id)}”`))}` };
      if (entries.length === 0) return { problem: `no ${kind} is called “${name}”: ${where} has none yet` };
      return { problem: `no ${kind} is called “${name}”. ${where.charAt(0).toUpperCase()}${where.slice(1)} has ${listed(entries.map((e) => e.shown).sort((a, b) => a.localeCompare(b)))}` };
    },
    shown: (id) => shown.get(id) ?? id,
  };
}

/**
 * The organisation's people as a file names them: by name, or "Name <e-mail>" where two share a
 * name (as an export writes them), the name alone then finding them only when no one else has it;
 * and by e-mail address, any letter case.
 */
export function peopleDirectory(people: readonly { id: string; name: string; email: string }[]): Directory {
  const named = new Map<string, number>();
  for (const p of people) named.set(nameKey(p.name), (named.get(nameKey(p.name)) ?? 0) + 1);
  const entries = people.map((p): Entry => {
    const shared = (named.get(nameKey(p.name)) ?? 0) > 1 && p.email !== "";
    return { id: p.id, shown: shared ? `${p.name} <${p.email}>` : p.name, also: [...(shared ? [p.name] : []), ...(p.email ? [p.email] : [])] };
  });
  return directory(entries, { kind: "person", plural: "people", where: "the People register" });
}
