"use client";

import type { SnapshotCollection } from "@/lib/versions/snapshot-content";

/**
 * A version's frozen content, read-only, one collapsible block per collection. A client component
 * fed plain strings: rendered on the server, its thousands of elements cost the version page
 * most of its time (docs/decisions/0032-version-content-as-data.md).
 */
export function SnapshotView({ collections }: { collections: SnapshotCollection[] }) {
  return (
    <div className="space-y-2">
      {collections.map((collection) => (
        <details key={collection.title} className="rounded-md border border-slate-200 bg-white">
          <summary className="cursor-pointer p-3 text-sm font-medium">
            {collection.stage}: {collection.title} ({collection.records.length})
          </summary>
          {collection.records.length === 0 ? (
            <p className="px-3 pb-3 text-sm italic text-slate-500">None recorded in this version.</p>
          ) : (
            <ul className="divide-y divide-slate-100 px-3 pb-3 text-sm">
              {collection.records.map((record) => (
                <li key={record.id} className="py-2">
                  <p className="font-medium">{record.label}</p>
                  <dl className="mt-1 grid grid-cols-1 gap-x-3 text-xs text-slate-700 sm:grid-cols-[minmax(0,10rem)_minmax(0,1fr)]">
                    {record.fields.map(([name, value]) => (
                      <div key={name} className="contents">
                        <dt className="text-slate-500">{name}</dt>
                        <dd className="min-w-0 whitespace-pre-wrap wrap-anywhere">{value}</dd>
                      </div>
                    ))}
                  </dl>
                </li>
              ))}
            </ul>
          )}
        </details>
      ))}
    </div>
  );
}
