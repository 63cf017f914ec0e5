/**
 * Something the recovery model knows by key (a backup location, a host) as people know it, its
 * name, with the key beside it. A key that names nothing of the plan (deleted since) shows alone.
 * The key's grey is dark enough for the tinted rows it sits in (a host over capacity is red-50).
 */
export function KeyedName({ modelKey, names }: { modelKey: string; names: ReadonlyMap<string, string> }) {
  const name = names.get(modelKey);
  if (!name) return <span className="font-mono">{modelKey}</span>;
  return (
    <>
      {name} <span className="font-mono text-xs text-slate-600">{modelKey}</span>
    </>
  );
}
