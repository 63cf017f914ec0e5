import type { ReactNode } from "react";
import { formatInstant } from "@/lib/days";
import { ENTRY_KIND_LABELS, type IncidentEntryKind } from "@/lib/incidents/schemas";
import { logItems } from "@/lib/incidents/log-items";

const KIND_STYLES: Record<IncidentEntryKind, string> = {
  decision: "bg-purple-100 text-purple-900",
  action: "bg-blue-100 text-blue-900",
  notification: "bg-amber-100 text-amber-950",
  recovery: "bg-green-100 text-green-900",
  note: "bg-slate-100 text-slate-800",
  correction: "bg-orange-100 text-orange-950",
};

type Entry = { id: string; at: Date; kind: IncidentEntryKind; text: string; systemName: string; recordedBy: string };

/** When something happened, and what it was as a coloured label. */
function Stamp({ at, style, children }: { at: Date; style: string; children: ReactNode }) {
  return (
    <p className="text-sm">
      <time dateTime={at.toISOString()} className="font-medium">
        {formatInstant(at)}
      </time>{" "}
      <span className={`rounded px-2 py-0.5 text-xs font-medium ${style}`}>{children}</span>
    </p>
  );
}

/**
 * The log in the order things happened, between the declaration and (once there is one) the
 * stand-down; a correction of the declaration made after the stand-down comes after it.
 */
export function IncidentTimeline({
  incident,
  entries,
}: {
  incident: { startedAt: Date | null; declaredAt: Date; declaredByName: string; stoodDownAt: Date | null; stoodDownBy: string | null };
  entries: Entry[];
}) {
  return (
    <ol className="space-y-3 border-l-2 border-slate-200 pl-4" aria-label="Incident log, oldest first">
      {logItems(incident, entries).map((item) =>
        item.kind === "began" ? (
          <li key="began">
            <Stamp at={item.at} style="bg-red-50 text-red-900">Disruption began</Stamp>
          </li>
        ) : item.kind === "declared" ? (
          <li key="declared">
            <Stamp at={item.at} style="bg-red-100 text-red-900">Declared</Stamp>
            <p className="text-sm text-slate-800">Plan invoked by {incident.declaredByName}.</p>
          </li>
        ) : item.kind === "stood-down" ? (
          <li key="stood-down">
            <Stamp at={item.at} style="bg-slate-200 text-slate-900">Stood down</Stamp>
            <p className="text-sm text-slate-800">The response stood down{incident.stoodDownBy ? ` (recorded by ${incident.stoodDownBy})` : ""}. The review is below.</p>
          </li>
        ) : (
          <li key={item.entry.id} data-entry-kind={item.entry.kind}>
            <Stamp at={item.at} style={KIND_STYLES[item.entry.kind]}>{ENTRY_KIND_LABELS[item.entry.kind]}</Stamp>
            {item.entry.systemName ? <p className="text-sm font-medium text-green-900">Back in service: {item.entry.systemName}</p> : null}
            <p className="text-sm whitespace-pre-line break-words text-slate-800">{item.entry.text}</p>
            <p className="text-xs text-slate-500">Recorded by {item.entry.recordedBy}</p>
          </li>
        ),
      )}
      {entries.length === 0 && !incident.stoodDownAt ? <li className="text-sm text-slate-600">Nothing logged yet since the declaration.</li> : null}
    </ol>
  );
}
