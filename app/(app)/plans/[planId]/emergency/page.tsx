import type { Metadata } from "next";
import Link from "next/link";
import { getEmergencySheet } from "@/lib/emergency/get-emergency-sheet";
import { orNotFound } from "@/lib/http/or-not-found";
import { SectionText } from "@/components/sections/section-text";
import { EmptyBlock } from "@/components/emergency/dial-buttons";
import { RegisterCards } from "@/components/emergency/register-cards";
import { RoleCard } from "@/components/emergency/role-card";
import { CardList, SheetSection } from "@/components/emergency/sheet-section";
import { LEADS_RESPONSE_LABEL } from "@/lib/committee/schemas";
import { ActiveIncidentBanner } from "@/components/incidents/active-incident-banner";
import { DocumentMarking } from "@/components/documents/document-marking";
import { can } from "@/lib/auth/permissions";
import { formatInstant } from "@/lib/days";
import { count } from "@/lib/count";
import { emptyFallback, type SheetBlock } from "@/lib/emergency/empty-blocks";
import { loadPlan } from "../load-plan";

export const metadata: Metadata = { title: "In an emergency" };

const JUMPS = [
  ["leads", "Leads"],
  ["team", "Team"],
  ["call-tree", "Call tree"],
  ["numbers", "Numbers"],
  ["sites", "Sites"],
  ["insurance", "Insurance"],
  ["vendors", "Vendors"],
  ["activation", "Activation"],
] as const;

/**
 * The plan's emergency sheet: read on a phone on the morning of an incident, by anyone who can
 * read the plan, and printed for the grab bag (the app's header and the plan's tabs are left off
 * the print, app/globals.css), with the organisation's classification marking when it sets one.
 * Nothing is edited here; an empty block says that the committee fills it in and where (linked for
 * those who may edit the plan), and whom to call meanwhile.
 */
export default async function EmergencyPage({ params }: { params: Promise<{ planId: string }> }) {
  const { planId } = await params;
  const { actor } = await loadPlan(planId);
  const sheet = await orNotFound(getEmergencySheet({ actor, planId }));
  const { plan, marking, leads, team, registers, activation, asOf, generatedAt } = sheet;
  const base = `/plans/${plan.id}`;
  const noRoles = leads.length === 0 && team.length === 0;
  const canEdit = can(actor.role, "plan:edit");
  // Said, so that a vendor someone looks for is known to be in the register, not lost.
  const { leftOut } = registers.vendors;
  const leftOutVendors = leftOut ? ` ${count(leftOut, "vendor")} not critical to recovery and without a number ${leftOut === 1 ? "is" : "are"} left out.` : "";
  const empty = (block: SheetBlock) => ({ canEdit, fallback: emptyFallback({ block, roles: leads.length + team.length, callTree: registers.callTree.cards.length }) });
  const committee = { how: "The committee names it on", href: `${base}/committee`, where: "Committee & ERT" };
  const register = (block: { kind: string; title: string }) => ({ how: "The committee keeps it in", href: `${base}/inventories/${block.kind}`, where: `the ${block.title}` });
  // Where a role is marked as the one that leads: the response team's section of the committee page.
  const markLead = { how: `The committee marks one by ticking “${LEADS_RESPONSE_LABEL}” on that role in`, href: `${base}/committee#ert-heading`, where: "Committee & ERT → Emergency response team" };
  return (
    <div className="space-y-8 print:space-y-4" data-sheet="emergency">
      {/* On screen: the layout prints the marking at the top and foot of the printed sheet. */}
      <DocumentMarking marking={marking} className="print:hidden" />
      <div>
        <h1 className="text-2xl font-semibold">In an emergency</h1>
        <p className="mt-1 text-slate-700">
          {plan.name}: who leads, whom to call, where to go.
        </p>
        {/* Dated, so that a printed copy in the grab bag can be checked against the app's. */}
        <p className="mt-1 text-sm text-slate-600" data-testid="sheet-dates">
          {asOf ? `What this sheet shows last changed ${formatInstant(asOf)}.` : "Nothing is recorded on this sheet yet."} This copy was made{" "}
          {formatInstant(generatedAt)}: if the app shows a later change, a printed copy is out of date.
        </p>
        {plan.status === "archived" ? (
          <p className="mt-2 inline-block rounded bg-amber-100 px-2 py-1 text-sm text-amber-900">This plan is archived: its contacts may be out of date.</p>
        ) : can(actor.role, "incident:record") ? (
          <p className="mt-2 print:hidden">
            <Link href={`${base}/incidents#declare-heading`} className="text-sm font-medium text-red-800 underline">
              Declare an incident and keep its log
            </Link>
          </p>
        ) : null}
      </div>

      {/* The incident already running, if any: its log and the recovery the plan expects. */}
      <div className="print:hidden empty:hidden">
        <ActiveIncidentBanner actor={actor} planId={plan.id} />
      </div>

      <nav aria-label="On this page" className="print:hidden">
        {/* Two rows on a phone, so that the lead's numbers come as high as they can. */}
        <ul className="flex flex-wrap gap-1.5">
          {JUMPS.map(([id, label]) => (
            <li key={id}>
              <a href={`#${id}`} className="inline-flex min-h-11 min-w-11 items-center justify-center rounded-full border border-slate-300 bg-white px-3 text-sm text-slate-800 hover:bg-slate-100">
                {label}
              </a>
            </li>
          ))}
        </ul>
      </nav>

      <SheetSection id="leads" title="Who leads" intro={leads.length ? <p>The roles that declare the incident and invoke the plan.</p> : null}>
        {noRoles ? (
          <EmptyBlock {...committee} {...empty("leads")}>The plan names no emergency response team yet.</EmptyBlock>
        ) : leads.length === 0 ? (
          <EmptyBlock {...markLead} {...empty("leads")}>No role of the response team is marked as leading the response: declaring the incident and invoking the plan.</EmptyBlock>
        ) : (
          <CardList label="Lead roles">
            {leads.map((role) => (
              <RoleCard key={role.id} role={role} />
            ))}
          </CardList>
        )}
      </SheetSection>

      <SheetSection id="team" title="Response team">
        {team.length === 0 ? (
          <EmptyBlock {...committee} {...empty("team")}>{noRoles ? "The plan names no emergency response team yet." : "The team has no other roles."}</EmptyBlock>
        ) : (
          <CardList label="Other roles">
            {team.map((role) => (
              <RoleCard key={role.id} role={role} />
            ))}
          </CardList>
        )}
      </SheetSection>

      <SheetSection id="call-tree" title="Call tree" intro={registers.callTree.cards.length ? <p>In order: each person calls the next ones named.</p> : null}>
        {registers.callTree.cards.length === 0 ? (
          <EmptyBlock {...register(registers.callTree)} {...empty("callTree")}>Nobody is in the call tree yet.</EmptyBlock>
        ) : (
          <RegisterCards cards={registers.callTree.cards} label="Call tree" />
        )}
      </SheetSection>

      <SheetSection id="numbers" title="Critical telephone numbers">
        {registers.numbers.cards.length === 0 ? (
          <EmptyBlock {...register(registers.numbers)} {...empty("numbers")}>No critical numbers are recorded yet.</EmptyBlock>
        ) : (
          <RegisterCards cards={registers.numbers.cards} label="Critical telephone numbers" />
        )}
      </SheetSection>

      <SheetSection id="sites" title="Alternate sites" intro={registers.sites.cards.length ? <p>Where to work from, the soonest ready first.</p> : null}>
        {registers.sites.cards.length === 0 ? (
          <EmptyBlock {...register(registers.sites)} {...empty("sites")}>No temporary location is recorded yet.</EmptyBlock>
        ) : (
          <RegisterCards cards={registers.sites.cards} label="Alternate sites" />
        )}
      </SheetSection>

      <SheetSection id="insurance" title="Insurance claims">
        {registers.insurance.cards.length === 0 ? (
          <EmptyBlock {...register(registers.insurance)} {...empty("insurance")}>No insurance policy is recorded yet.</EmptyBlock>
        ) : (
          <RegisterCards cards={registers.insurance.cards} label="Insurance claim lines" />
        )}
      </SheetSection>

      <SheetSection id="vendors" title="Vendors' 24/7 numbers" intro={registers.vendors.cards.length ? <p>Those critical to recovery first.{leftOutVendors}</p> : null}>
        {registers.vendors.cards.length === 0 ? (
          <EmptyBlock {...register(registers.vendors)} {...empty("vendors")}>
            {registers.vendors.leftOut ? `No vendor is critical to recovery or has a number to call.${leftOutVendors}` : "No vendor is recorded yet."}
          </EmptyBlock>
        ) : (
          <RegisterCards cards={registers.vendors.cards} label="Vendors" />
        )}
      </SheetSection>

      <SheetSection id="activation" title={activation.title}>
        {activation.body.trim() ? (
          // Wrapped anywhere, as the cards are: a bridge's long link would otherwise widen the page on a phone.
          <div className="min-w-0 space-y-3 rounded-lg border border-slate-200 bg-white p-4 [overflow-wrap:anywhere]">
            <SectionText text={activation.body} dialNumbers />
            <p className="text-sm print:hidden">
              <Link href={`${base}/sections#activation-heading`} className="text-blue-800 underline">
                The written plan
              </Link>
            </p>
          </div>
        ) : (
          <EmptyBlock how="The committee writes it in" href={`${base}/sections#activation-heading`} where="the Written plan" {...empty("activation")}>
            The written plan has no activation and notification section yet.
          </EmptyBlock>
        )}
      </SheetSection>
    </div>
  );
}
