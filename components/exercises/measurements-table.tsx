import type { FormAction } from "@/lib/http/form-state";
import { ConfirmForm } from "@/components/ui/confirm-form";
import { ScrollBox } from "@/components/ui/scroll-box";
import { KeyedName } from "@/components/recovery/keyed-name";
import { formatDuration } from "@/lib/durations";
import { dataLostWords, targetOutcome, type Verdict } from "@/lib/exercises/target-check";
import { heldWords, notRecordedWords, todayWords } from "@/lib/exercises/verdict-words";

type Measurement = {
  id: string;
  locationKey: string;
  restoreMinutes: number;
  dataLossMinutes: number | null;
  usedGB: number | null;
  notes: string;
  system: { name: string };
  verdict: Verdict;
};

/**
 * "RTO 45 min: missed by 45 min" in words, "RTO 4 h at the time: met" with today's target beneath
 * when it has changed since; a miss is set in bold too, never by colour alone.
 */
function TargetCell({ kind, verdict }: { kind: "RTO" | "RPO"; verdict: Verdict }) {
  const check = kind === "RTO" ? verdict.check.rto : verdict.check.rpo;
  const today = todayWords(kind, verdict);
  return (
    <td className="p-2">
      <span className={check?.missedBy ? "font-semibold text-red-800" : check && targetOutcome(check) === "met" ? "" : "text-slate-500"}>{heldWords(kind, verdict)}</span>
      {today ? (
        <span className="block text-xs text-slate-600" data-today={kind}>
          {today}
        </span>
      ) : null}
    </td>
  );
}

/**
 * The measured restores of a test: what the recovery engine uses as evidence of restore times.
 * Each is held against its system's RTO and RPO when it was recorded, and says where today's
 * differ; one recorded before those were kept is held against today's and says so (decision 45).
 * Each names its backup location; one whose location has since been deleted says it is left out
 * of the assessment, which would otherwise drop it without a word.
 */
export function MeasurementsTable({
  measurements,
  locations,
  remove,
}: {
  measurements: Measurement[];
  /** The plan's backup locations, by key. */
  locations: { key: string; name: string }[];
  remove?: { action: FormAction; planId: string; exerciseId: string };
}) {
  const names = new Map(locations.map((l) => [l.key, l.name]));
  if (measurements.length === 0) {
    return <p className="text-sm text-slate-600">No restores measured in this test.</p>;
  }
  return (
    <ScrollBox>
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">Measured restores</caption>
        <thead className="bg-slate-100 text-left">
          <tr>
            <th scope="col" className="p-2">System</th>
            <th scope="col" className="column-text p-2">Restored from</th>
            <th scope="col" className="p-2 text-right">Restore took</th>
            <th scope="col" className="column-text p-2">Against the RTO</th>
            <th scope="col" className="p-2 text-right">Data lost</th>
            <th scope="col" className="column-text p-2">Against the RPO</th>
            <th scope="col" className="p-2 text-right">Size (GB)</th>
            <th scope="col" className="column-prose p-2">Notes</th>
            {remove ? <th scope="col" className="p-2"><span className="sr-only">Actions</span></th> : null}
          </tr>
        </thead>
        <tbody>
          {measurements.map((m) => (
            <tr key={m.id} className="border-t border-slate-200" data-measurement={`${m.system.name}@${m.locationKey}`}>
              <th scope="row" className="p-2 text-left font-medium">{m.system.name}</th>
              <td className="p-2">
                <KeyedName modelKey={m.locationKey} names={names} />
                {names.has(m.locationKey) ? null : (
                  <span className="block text-xs text-amber-800">No longer a backup location of this plan: left out of the recovery assessment.</span>
                )}
              </td>
              <td className="whitespace-nowrap p-2 text-right tabular-nums">{formatDuration(m.restoreMinutes)}</td>
              <TargetCell kind="RTO" verdict={m.verdict} />
              <td className={`whitespace-nowrap p-2 text-right tabular-nums ${m.dataLossMinutes === null ? "text-slate-500" : ""}`}>{dataLostWords(m.dataLossMinutes)}</td>
              <TargetCell kind="RPO" verdict={m.verdict} />
              <td className="p-2 text-right tabular-nums">{m.usedGB ?? "—"}</td>
              <td className="p-2">
                {m.notes}
                {m.verdict.recorded ? null : (
                  <span className="block text-xs text-slate-600" data-targets-not-recorded="">
                    {notRecordedWords(m.verdict)}
                  </span>
                )}
              </td>
              {remove ? (
                <td className="p-2 text-right">
                  <ConfirmForm
                    action={remove.action}
                    fields={{ planId: remove.planId, exerciseId: remove.exerciseId, measurementId: m.id }}
                    label="Remove"
                    ariaLabel={`Remove the restore of ${m.system.name} from ${names.get(m.locationKey) ?? m.locationKey}`}
                    title={`Remove the ${m.system.name} measurement?`}
                    body={`The restore of ${m.system.name} from “${names.get(m.locationKey) ?? m.locationKey}” (${formatDuration(m.restoreMinutes)}) is removed from this test.`}
                    confirmLabel="Remove measurement"
                  />
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
