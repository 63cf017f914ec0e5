/** The register's people as select options, with an optional "nobody" choice first. */
export function personOptions(people: { id: string; name: string; jobTitle: string }[], none?: string) {
  const options = people.map((p) => ({ value: p.id, label: p.jobTitle ? `${p.name} (${p.jobTitle})` : p.name }));
  return none ? [{ value: "", label: none }, ...options] : options;
}
