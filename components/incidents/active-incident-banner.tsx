import Link from "next/link";
import type { Actor } from "@/lib/auth/context";
import { formatInstant } from "@/lib/days";
import { listActiveIncidents } from "@/lib/incidents/list-incidents";

/** On the plan's overview while an incident is active: where its log is kept. */
export async function ActiveIncidentBanner({ actor, planId }: { actor: Actor; planId: string }) {
  const active = await listActiveIncidents({ actor, planId });
  if (active.length === 0) return null;
  return (
    <section aria-label="Active incidents" className="rounded-lg border-2 border-red-600 bg-red-50 p-4 text-red-950">
      <h2 className="font-semibold">{active.length === 1 ? "An incident is active under this plan" : `${active.length} incidents are active under this plan`}</h2>
      <ul className="mt-1 space-y-1 text-sm">
        {active.map((incident) => (
          <li key={incident.id}>
            <Link href={`/plans/${planId}/incidents/${incident.id}`} className="font-medium break-words underline">
              {incident.title}
            </Link>{" "}
            — declared {formatInstant(incident.declaredAt)}
          </li>
        ))}
      </ul>
    </section>
  );
}
