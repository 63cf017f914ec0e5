import type { ReactNode } from "react";
import { incidentDuration } from "@/lib/incidents/incident-time";

/** One fact of an incident's facts list (a `<dl>`): its name, then its value, on one line. */
export function Fact({ name, children }: { name: string; children: ReactNode }) {
  return (
    <div>
      <dt className="inline text-slate-500">{name}: </dt>
      <dd className="inline">{children}</dd>
    </div>
  );
}

/** How long the incident has run, or ran, as one of its facts. */
export function RunTime({ incident, now }: { incident: { declaredAt: Date; stoodDownAt: Date | null }; now: Date }) {
  const { name, words } = incidentDuration({ declaredAt: incident.declaredAt, stoodDownAt: incident.stoodDownAt, now });
  return <Fact name={name}>{words}</Fact>;
}
