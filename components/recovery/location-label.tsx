/**
 * A backup location as people know it, its name, with the key the recovery model uses beside it.
 * A key that names no location of the plan (deleted since) shows as the key alone.
 */
export function LocationLabel({ locationKey, names }: { locationKey: string; names: ReadonlyMap<string, string> }) {
  const name = names.get(locationKey);
  if (!name) return <span className="font-mono">{locationKey}</span>;
  return (
    <>
      {name} <span className="font-mono text-xs text-slate-500">{locationKey}</span>
    </>
  );
}
