import { formatDay, formatInstant } from "@/lib/days";
import { at, COLLECTIONS, label } from "@/lib/versions/diff";
import { numberText } from "@/lib/versions/show-change";

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const ACRONYMS = new Set(["mtd", "rto", "rpo", "wrt", "ram", "mib", "gb", "url", "it", "ert"]);

/**
 * A snapshot field's name in words: "impactGrid" → "Impact grid"; a field of minutes without its
 * unit, which its value, in words, carries: "mtdMinutes" → "MTD" (shown "MTD: 1 day").
 */
export function fieldWords(key: string): string {
  const words = key
    .replace(/(?<=.)Minutes$/, "")
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .split(/[\s_]+/)
    .filter(Boolean)
    .map((w) => (ACRONYMS.has(w.toLowerCase()) ? w.toUpperCase() : w.toLowerCase()));
  const text = words.join(" ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A frozen value as an approver reads it: durations, money and dates in the app's words, records
 * by their name, and nested values (an impact grid) as "label: value" pairs rather than JSON.
 */
export function showValue(value: unknown, key = ""): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "number") return numberText(key, value);
  if (typeof value === "string" && INSTANT.test(value)) {
    const date = new Date(value);
    if (!Number.isNaN(date.getTime())) return /T00:00:00(\.000)?Z$/.test(value) ? formatDay(date) : formatInstant(date);
  }
  if (Array.isArray(value)) return value.length ? value.map((v) => showValue(v, key)).join(", ") : "—";
  if (typeof value === "object") {
    const row = value as Record<string, unknown>;
    if (typeof row.name === "string") return row.name;
    if (typeof row.title === "string") return row.title;
    const entries = Object.entries(row).filter(([k]) => k !== "id");
    if (entries.length === 0) return "a linked record";
    return entries.map(([k, v]) => `${fieldWords(k)}: ${showValue(v, k)}`).join("; ");
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
                    <dl className="mt-1 grid grid-cols-1 gap-x-3 text-xs text-slate-700 sm:grid-cols-[minmax(0,10rem)_minmax(0,1fr)]">
                      {Object.entries(row)
                        .filter(([key]) => key !== "id")
                        .map(([key, value]) => (
                          <div key={key} className="contents">
                            <dt className="text-slate-500">{fieldWords(key)}</dt>
                            <dd className="min-w-0 whitespace-pre-wrap wrap-anywhere">{showValue(value, key)}</dd>
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
