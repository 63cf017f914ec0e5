/**
 * Something the recovery model knows by key (a backup location, a host) as people know it: its
 * name, with the key beside it. A key that names nothing of the plan (deleted since, or a
 * snapshot taken before names were kept) stands alone. One rule for the pages and the PDF.
 */
export function keyedName(key: string, names: ReadonlyMap<string, string>): { name: string | null; key: string } {
  return { name: names.get(key) ?? null, key };
}

/** The same in plain text: "Avonmouth NAS (nas-av)", or "nas-av" alone, as the forms' options give it. */
export function keyedNameText(key: string, names: ReadonlyMap<string, string>): string {
  const { name } = keyedName(key, names);
  return name ? `${name} (${key})` : key;
}
