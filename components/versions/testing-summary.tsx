import { formatDayText } from "@/lib/days";
import { findingSeverity } from "@/lib/reports/pdf/labels";

type OpenFinding = { severity: string; description: string; owner?: { name: string } | null; dueOn?: string | null };

/**
 * What a version says about testing when it was frozen: the last test and the findings still
 * open, with days and severities in the words the Tests pages use ("25 Nov 2026", "High").
 */
export function TestingSummary({ lastTest, openFindings }: { lastTest: string | null; openFindings: readonly OpenFinding[] }) {
  return (
    <>
      <div>
        <h2 className="text-lg font-semibold">Testing</h2>
        <p className="text-sm">{lastTest ? `Last test: ${formatDayText(lastTest)}.` : "This plan had never been tested when this version was frozen."}</p>
      </div>
      <div>
        <h2 className="text-lg font-semibold">Open findings ({openFindings.length})</h2>
        {openFindings.length === 0 ? (
          <p className="text-sm text-slate-600">No open findings.</p>
        ) : (
          <ul className="mt-1 list-disc pl-5 text-sm">
            {openFindings.map((f, i) => (
              <li key={i}>
                <span className="font-medium">{findingSeverity(f.severity)}</span>: {f.description}
                {f.owner ? ` (owner ${f.owner.name}${f.dueOn ? `, due ${formatDayText(f.dueOn)}` : ""})` : ""}
              </li>
            ))}
          </ul>
        )}
      </div>
    </>
  );
}
