import type { Metadata } from "next";
import Link from "next/link";
import { can } from "@/lib/auth/permissions";
import { getCommittee } from "@/lib/committee/get-committee";
import { COMMITTEE_ROLE_LABELS, LEADS_RESPONSE_LABEL } from "@/lib/committee/schemas";
import { listPersonChoices } from "@/lib/people/list-person-choices";
import { AddMemberForm } from "@/components/committee/add-member-form";
import { CommitmentForm } from "@/components/committee/commitment-form";
import { CommitteeContact, Contact } from "@/components/committee/contact";
import { ErtRoleForm } from "@/components/committee/ert-role-form";
import { MemberForm } from "@/components/committee/member-form";
import { ConfirmForm } from "@/components/ui/confirm-form";
import { LazyDetails } from "@/components/ui/lazy-details";
import { loadPlan } from "../load-plan";
import { ScrollBox } from "@/components/ui/scroll-box";
import { dayValue, formatDay } from "@/lib/days";
import { sponsorWarning } from "@/lib/committee/sponsor-role";
import {
  addCommitteeMemberAction,
  createErtRoleAction,
  deleteErtRoleAction,
  removeCommitteeMemberAction,
  updateCommitmentAction,
  updateCommitteeMemberAction,
  updateErtRoleAction,
} from "./actions";

export const metadata: Metadata = { title: "Committee and ERT" };

const SECTION = "rounded-lg border border-slate-200 bg-white p-5";

/**
 * What removing a committee member leaves behind, said before it happens: a committee without its
 * chair, and the response-team roles the person still holds (those stay theirs).
 */
function removalBody(
  member: { role: string; person: { id: string; name: string } },
  roles: { title: string; primary: { id: string } | null; alternate: { id: string } | null }[],
): string {
  const held = roles.filter((r) => r.primary?.id === member.person.id || r.alternate?.id === member.person.id).map((r) => r.title);
  return [
    member.role === "chair" ? `${member.person.name} chairs the committee: it will have no chair until another member is named chair.` : null,
    held.length ? `They stay on the response team (${held.join(", ")}) until someone else takes ${held.length === 1 ? "that role" : "those roles"}.` : null,
    "They stay in the People register.",
  ]
    .filter(Boolean)
    .join(" ");
}

export default async function CommitteePage({ params }: { params: Promise<{ planId: string }> }) {
  const { planId } = await params;
  const { actor, plan } = await loadPlan(planId);
  const canEdit = can(actor.role, "plan:edit") && plan.status === "active";
  const [{ members, ertRoles, sponsor, sponsorRole, endorsedOn, planVersion }, people] = await Promise.all([
    getCommittee({ actor, planId }),
    canEdit ? listPersonChoices({ actor }) : Promise.resolve([]),
  ]);
  const endorsed = dayValue(endorsedOn);
  const sponsorCheck = sponsor ? sponsorWarning(sponsor.name, sponsorRole) : null;
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold">Committee and emergency response team</h1>
        <p className="mt-1 max-w-3xl text-sm text-slate-600">
          Who leads continuity for this plan, who responds first when something goes wrong, and how to reach each of them at any hour.
          People come from the organisation&apos;s{" "}
          <Link href="/people" className="text-blue-700 underline">
            People
          </Link>{" "}
          register.
        </p>
      </div>

      <section aria-labelledby="commitment-heading" className={SECTION}>
        <h2 id="commitment-heading" className="text-lg font-semibold">Management commitment</h2>
        <p className="mt-1 text-sm text-slate-700" data-testid="commitment">
          {sponsor ? `Sponsored by ${sponsor.name}` : "No sponsor recorded yet"}
          {endorsedOn ? `, endorsed on ${formatDay(endorsedOn)}.` : ". Not yet endorsed by top management."}
        </p>
        {sponsorCheck ? (
          <p className="mt-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950" data-testid="sponsor-check">
            {sponsorCheck}
          </p>
        ) : null}
        {canEdit ? (
          <div className="mt-4">
            <CommitmentForm action={updateCommitmentAction} planId={plan.id} planVersion={planVersion} sponsorId={sponsor?.id ?? null} endorsedOn={endorsed} people={people} />
          </div>
        ) : null}
      </section>

      <section aria-labelledby="members-heading" className={SECTION}>
        <h2 id="members-heading" className="text-lg font-semibold">Continuity committee</h2>
        {members.length === 0 ? (
          <p className="mt-3 text-sm italic text-slate-600">
            No committee members yet. {canEdit ? "Add a chair and at least two members from the functional areas." : ""}
          </p>
        ) : (
          <ScrollBox>
            <table className="mt-3 w-full border-collapse text-sm">
              <caption className="sr-only">Committee members</caption>
              <thead className="bg-slate-100 text-left">
                <tr>
                  <th scope="col" className="p-2">Name</th>
                  <th scope="col" className="column-text p-2">Functional area</th>
                  <th scope="col" className="p-2">Role</th>
                  <th scope="col" className="p-2">Contact</th>
                  {canEdit ? <th scope="col" className="p-2"><span className="sr-only">Actions</span></th> : null}
                </tr>
              </thead>
              <tbody>
                {members.map((member) => (
                  <tr key={member.id} className="border-t border-slate-200 align-top">
                    <th scope="row" className="p-2 text-left font-medium">{member.person.name}</th>
                    <td className="p-2">{member.functionalArea}</td>
                    <td className="p-2">{COMMITTEE_ROLE_LABELS[member.role]}</td>
                    <td className="p-2"><CommitteeContact person={member.person} /></td>
                    {canEdit ? (
                      <td className="p-2">
                        <LazyDetails className="w-72" summaryClassName="cursor-pointer text-blue-700 underline" summary={`Edit ${member.person.name}`}>
                          <div className="mt-2 space-y-3">
                            <MemberForm action={updateCommitteeMemberAction} planId={plan.id} member={member} />
                            <ConfirmForm
                              action={removeCommitteeMemberAction}
                              fields={{ planId: plan.id, memberId: member.id, version: String(member.version) }}
                              label={`Remove ${member.person.name}`}
                              title={`Remove ${member.person.name} from the committee?`}
                              body={removalBody(member, ertRoles)}
                              confirmLabel="Remove"
                            />
                          </div>
                        </LazyDetails>
                      </td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
        )}
        {canEdit ? (
          <div className="mt-4 border-t border-slate-200 pt-4">
            <AddMemberForm action={addCommitteeMemberAction} planId={plan.id} people={people} />
          </div>
        ) : null}
      </section>

      <section aria-labelledby="ert-heading" className={SECTION}>
        <h2 id="ert-heading" className="text-lg font-semibold">Emergency response team</h2>
        <p className="mt-1 text-sm text-slate-600">
          Each role has a primary and an alternate, so someone answers at any hour. The roles marked “{LEADS_RESPONSE_LABEL}” declare the incident and
          invoke the plan: the emergency sheet shows them first.
        </p>
        {ertRoles.length === 0 ? (
          <p className="mt-3 text-sm italic text-slate-600">
            No response team roles yet. {canEdit ? "Add roles such as Incident lead and IT recovery lead below." : ""}
          </p>
        ) : (
          <ScrollBox>
            <table className="mt-3 w-full border-collapse text-sm">
              <caption className="sr-only">Emergency response team roles with their primary and alternate contacts</caption>
              <thead className="bg-slate-100 text-left">
                <tr>
                  <th scope="col" className="p-2">Role</th>
                  <th scope="col" className="column-prose p-2">Responsibilities</th>
                  <th scope="col" className="p-2">Primary</th>
                  <th scope="col" className="p-2">Alternate</th>
                  {canEdit ? <th scope="col" className="p-2"><span className="sr-only">Actions</span></th> : null}
                </tr>
              </thead>
              <tbody>
                {ertRoles.map((role) => (
                  <tr key={role.id} className="border-t border-slate-200 align-top">
                    <th scope="row" className="p-2 text-left font-medium">
                      {role.title}
                      {role.leadsResponse ? (
                        <span className="mt-1 block w-fit rounded bg-red-50 px-2 py-0.5 text-xs font-medium text-red-900 ring-1 ring-red-200">{LEADS_RESPONSE_LABEL}</span>
                      ) : null}
                    </th>
                    <td className="p-2 text-slate-700">{role.responsibilities}</td>
                    <td className="p-2"><Contact person={role.primary} /></td>
                    <td className="p-2"><Contact person={role.alternate} /></td>
                    {canEdit ? (
                      <td className="p-2">
                        <LazyDetails className="w-72" summaryClassName="cursor-pointer text-blue-700 underline" summary={`Edit ${role.title}`}>
                          <div className="mt-2 space-y-3">
                            <ErtRoleForm action={updateErtRoleAction} planId={plan.id} people={people} role={role} />
                            <ConfirmForm
                              action={deleteErtRoleAction}
                              fields={{ planId: plan.id, roleId: role.id, version: String(role.version) }}
                              label={`Delete ${role.title}`}
                              title={`Delete the ${role.title} role?`}
                              body="The people stay in the register; only the role goes."
                              confirmLabel="Delete"
                            />
                          </div>
                        </LazyDetails>
                      </td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
        )}
        {canEdit ? (
          <div className="mt-4 border-t border-slate-200 pt-4">
            <h3 className="mb-2 font-medium">Add a role</h3>
            <ErtRoleForm action={createErtRoleAction} planId={plan.id} people={people} />
          </div>
        ) : null}
      </section>
    </div>
  );
}
