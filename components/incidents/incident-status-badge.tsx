import { INCIDENT_STATUS_LABELS } from "@/lib/incidents/schemas";

/** An incident's status: an active one stands out in red, a stood-down one is quiet. */
export function IncidentStatusBadge({ status }: { status: "active" | "stood_down" }) {
  const style = status === "active" ? "bg-red-100 text-red-900" : "bg-slate-100 text-slate-800";
  return <span className={`whitespace-nowrap rounded px-2 py-0.5 text-xs font-medium ${style}`}>{INCIDENT_STATUS_LABELS[status]}</span>;
}
