import { formatDuration } from "@/lib/engine";
import { AGE_BANDS, type AgeSummary } from "@/lib/recovery/dashboard/ages";

const TONE: Record<string, string> = {
  compliant: "border-green-300 bg-green-50",
  exceeded: "border-amber-300 bg-amber-50",
  severe: "border-orange-300 bg-orange-50",
  critical: "border-red-300 bg-red-50",
  "no-evidence": "border-slate-300 bg-slate-50",
  "no-target": "border-slate-200 bg-white",
};

// A large estate can have hundreds of late systems: name the worst, count the rest (the readiness
// matrix lists every system).
const NAMED = 10;

function more(count: number): string {
  return count > NAMED ? ` and ${count - NAMED} more` : "";
}

/** Current restore-point age per system in bands, and the systems nobody can show are backed up. */
export function AgeBands({ ages }: { ages: AgeSummary }) {
  return (
    <div className="space-y-3">
      <ul className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-6" aria-label="Restore-point age bands">
        {AGE_BANDS.map((band) => (
          <li key={band.status} className={`rounded border p-2 ${TONE[band.status]}`} data-age-band={band.status}>
            <span className="block text-2xl font-semibold tabular-nums">{ages.counts[band.status]}</span>
            <span className="text-xs text-slate-700">{band.label}</span>
          </li>
        ))}
      </ul>
      {ages.late.length ? (
        <p className="text-sm text-slate-700">
          Newest restore point older than the RPO:{" "}
          {ages.late.slice(0, NAMED).map((l, i) => (
            <span key={l.system}>
              {i ? ", " : ""}
              <strong>{l.system}</strong> ({formatDuration(l.minutes)} old)
            </span>
          ))}
          {more(ages.late.length)}.
        </p>
      ) : null}
      {ages.lackingEvidence.length ? (
        <p className="text-sm text-slate-700" data-lacking-evidence>
          No restore point recorded for: <strong>{ages.lackingEvidence.slice(0, NAMED).join(", ")}</strong>
          {more(ages.lackingEvidence.length)}. Import their backup history.
        </p>
      ) : null}
    </div>
  );
}
