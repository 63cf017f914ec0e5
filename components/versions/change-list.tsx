import type { CollectionDiff } from "@/lib/versions/diff";

/** What changed, stage by stage, in words an executive can scan. */
export function ChangeList({ changes, emptyText }: { changes: CollectionDiff[]; emptyText: string }) {
  if (changes.length === 0) return <p className="text-sm italic text-slate-600">{emptyText}</p>;
  return (
    <ul className="space-y-3">
      {changes.map((change) => (
        <li key={`${change.stage}-${change.title}`} className="rounded-md border border-slate-200 bg-white p-3">
          <p className="text-sm font-medium">
            {change.stage}: {change.title}
          </p>
          <ul className="mt-1 space-y-0.5 text-sm">
            {change.added.map((r) => (
              <li key={`a-${r.id}`} className="text-green-800">
                Added: {r.label}
              </li>
            ))}
            {change.changed.map((r) => (
              <li key={`c-${r.id}`} className="text-amber-900">
                Changed: {r.label}
                <ul className="ml-4 list-disc pl-4 text-slate-700">
                  {r.fields.map((f) => (
                    <li key={f.field} className="break-words">
                      {f.item ? (
                        `${f.label}: ${f.item} ${f.item === "added" ? f.after : f.before}`
                      ) : (
                        <>
                          {f.label}: {f.before} <span aria-label="changed to">→</span> {f.after}
                        </>
                      )}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
            {change.removed.map((r) => (
              <li key={`r-${r.id}`} className="text-red-800">
                Removed: {r.label}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
