import Link from "next/link";
import type { SheetPerson } from "@/lib/emergency/get-emergency-sheet";
import { Card } from "@/components/emergency/sheet-section";
import { DialButtons } from "@/components/emergency/dial-buttons";

function Seat({ seat, person }: { seat: "Primary" | "Alternate"; person: SheetPerson | null }) {
  return (
    <div className="space-y-2">
      <p className="text-xs font-medium uppercase tracking-wide text-slate-600">{seat}</p>
      {person ? (
        <>
          <p>
            <span className="text-base font-semibold">{person.name}</span>
            {person.jobTitle ? <span className="block text-sm text-slate-600">{person.jobTitle}</span> : null}
          </p>
          {person.reachableAnyHour ? null : (
            <p className="text-sm text-amber-800">
              No 24/7 number:{" "}
              <Link href={`/people/${person.id}`} className="underline">
                add one in People
              </Link>
              .
            </p>
          )}
          <DialButtons dials={person.dials} mails={person.mails} none="No number or e-mail recorded." />
        </>
      ) : (
        <p className="text-sm text-amber-800">Nobody named.</p>
      )}
    </div>
  );
}

/** A response-team role: what it does, and its primary and alternate with every way to reach them. */
export function RoleCard({
  role,
}: {
  role: { title: string; responsibilities: string; primary: SheetPerson | null; alternate: SheetPerson | null };
}) {
  return (
    <Card title={role.title}>
      {role.responsibilities ? <p className="whitespace-pre-wrap text-sm text-slate-700">{role.responsibilities}</p> : null}
      <Seat seat="Primary" person={role.primary} />
      <Seat seat="Alternate" person={role.alternate} />
    </Card>
  );
}
