import { keyedName } from "@/lib/recovery/keyed-name";

/**
 * Something the recovery model knows by key as people know it (keyedName: the PDF gives it as
 * text). The key's grey is dark enough for the tinted rows it sits in (a host over capacity is red-50).
 */
export function KeyedName({ modelKey, names }: { modelKey: string; names: ReadonlyMap<string, string> }) {
  const { name } = keyedName(modelKey, names);
  if (!name) return <span className="font-mono">{modelKey}</span>;
  return (
    <>
      {name} <span className="font-mono text-xs text-slate-600">{modelKey}</span>
    </>
  );
}
