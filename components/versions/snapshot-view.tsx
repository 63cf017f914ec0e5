import { at, COLLECTIONS, label } from "@/lib/versions/diff";

function show(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (Array.isArray(value)) return value.length ? value.map(show).join(", ") : "—";
  if (typeof value === "object") {
    const row = value as Record<string, unknown>;
    return typeof row.name === "string" ? row.name : typeof row.title === "string" ? row.title : JSON.stringify(value);
  }
  return String(value);
}

/** A version's frozen content, read-only, one collapsible block per collection. */
export function SnapshotView({ snapshot }: { snapshot: unknown }) {
  return (
    <div className="space-y-2">
      {COLLECTIONS.map((collection) => {
        const rows = at(snapshot, collection.path);
        return (
          <details key={collection.title} className="rounded-md border border-slate-200 bg-white">
            <summary className="cursor-pointer p-3 text-sm font-medium">
              {collection.stage}: {collection.title} ({rows.length})
            </summary>
            {rows.length === 0 ? (
              <p className="px-3 pb-3 text-sm italic text-slate-500">None recorded in this version.</p>
            ) : (
              <ul className="divide-y divide-slate-100 px-3 pb-3 text-sm">
                {rows.map((row) => (
                  <li key={String(row.id)} className="py-2">
                    <p className="font-medium">{label(row)}</p>
                    <dl className="mt-1 grid grid-cols-[10rem_1fr] gap-x-3 text-xs text-slate-700">
                      {Object.entries(row)
                        .filter(([key]) => key !== "id")
                        .map(([key, value]) => (
                          <div key={key} className="contents">
                            <dt className="text-slate-500">{key}</dt>
                            <dd className="whitespace-pre-wrap break-words">{show(value)}</dd>
                          </div>
                        ))}
                    </dl>
                  </li>
                ))}
              </ul>
            )}
          </details>
        );
      })}
    </div>
  );
}
