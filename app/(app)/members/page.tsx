import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/context";
import { can, ROLE_DESCRIPTIONS, ROLE_LABELS, ROLES } from "@/lib/auth/permissions";
import { permittedPageMetadata } from "@/lib/http/page-metadata";
import { listMembers } from "@/lib/members/list-members";
import { pendingDecisionsByUser } from "@/lib/versions/pending-decisions";
import { removalConfirmationBody, strandedDecisions, warnedVersionIds } from "@/lib/members/role-change-confirmation";
import { AddMemberForm } from "@/components/members/add-member-form";
import { RoleSelectForm } from "@/components/members/role-select-form";
import { ConfirmForm } from "@/components/ui/confirm-form";
import { EmailAddress } from "@/components/ui/email-address";
import { ResetPasswordForm } from "@/components/members/reset-password-form";
import { addMemberAction, changeRoleAction, removeMemberAction, resetPasswordAction } from "./actions";
import { ScrollBox } from "@/components/ui/scroll-box";

export const generateMetadata = permittedPageMetadata("member:read", "Members");

export default async function MembersPage() {
  const actor = await requireActor();
  if (!can(actor.role, "member:read")) notFound();
  const manage = can(actor.role, "member:manage");
  const [members, pending] = await Promise.all([listMembers({ actor }), manage ? pendingDecisionsByUser({ actor }) : new Map()]);
  return (
    <div className="grid grid-cols-1 gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <section aria-labelledby="members-heading">
        <div className="flex flex-wrap items-baseline justify-between gap-3">
          <h1 id="members-heading" className="text-2xl font-semibold">
            Members of {actor.orgName}
          </h1>
          {can(actor.role, "org:export") ? (
            <a className="text-sm text-blue-700 underline" href="/admin/backup">
              Backup and restore
            </a>
          ) : null}
        </div>
        <p className="mt-2 max-w-3xl text-sm text-slate-600">
          Members are the people who sign in to Continuity, with a role. The committee, the response team and the registers choose
          from the{" "}
          <Link href="/people" className="text-blue-700 underline">
            people register
          </Link>
          , which also holds people who never sign in. Adding a member puts them in it too (or finds them there by e-mail), so they
          can be seated on the committee at once; removing a member leaves them in it.
        </p>
        <ScrollBox>
          <table className="mt-6 w-full border-collapse overflow-hidden rounded-lg bg-white text-sm shadow-sm">
            <caption className="sr-only">Members and their roles</caption>
            <thead className="bg-slate-100 text-left">
              <tr>
                <th scope="col" className="p-3">Name</th>
                <th scope="col" className="p-3">E-mail</th>
                <th scope="col" className="p-3">Role</th>
                {manage ? <th scope="col" className="p-3"><span className="sr-only">Actions</span></th> : null}
              </tr>
            </thead>
            <tbody>
              {members.map((member) => (
                <tr key={member.id} className="border-t border-slate-200" data-member={member.user.email}>
                  <td className="whitespace-nowrap p-3 font-medium">{member.user.name}</td>
                  <td className="p-3"><EmailAddress email={member.user.email} /></td>
                  <td className="p-3">
                    {manage ? (
                      <RoleSelectForm
                        action={changeRoleAction}
                        membershipId={member.id}
                        role={member.role}
                        memberName={member.user.name}
                        pending={pending.get(member.user.id) ?? []}
                      />
                    ) : (
                      ROLE_LABELS[member.role]
                    )}
                  </td>
                  {manage ? (
                    <td className="p-3 text-right">
                      {member.user.id === actor.userId ? (
                        <span className="text-xs text-slate-500">You</span>
                      ) : (
                        <div className="flex flex-wrap justify-end gap-2">
                          <ResetPasswordForm action={resetPasswordAction} membershipId={member.id} memberName={member.user.name} />
                          <ConfirmForm
                            action={removeMemberAction}
                            fields={{ membershipId: member.id, warnedVersionIds: warnedVersionIds(strandedDecisions({ from: member.role, to: null, pending: pending.get(member.user.id) ?? [] })) }}
                            label="Remove"
                            ariaLabel={`Remove ${member.user.name}`}
                            title={`Remove ${member.user.name}?`}
                            body={removalConfirmationBody({ name: member.user.name, orgName: actor.orgName, role: member.role, pending: pending.get(member.user.id) })}
                            confirmLabel="Remove member"
                          />
                        </div>
                      )}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
        <dl className="mt-6 grid grid-cols-1 gap-2 text-sm text-slate-600 sm:grid-cols-2">
          {ROLES.map((role) => (
            <div key={role}>
              <dt className="font-medium text-slate-800">{ROLE_LABELS[role]}</dt>
              <dd>{ROLE_DESCRIPTIONS[role]}</dd>
            </div>
          ))}
        </dl>
      </section>
      {manage ? (
        <aside className="rounded-lg border border-slate-200 bg-white p-5">
          <AddMemberForm action={addMemberAction} />
        </aside>
      ) : null}
    </div>
  );
}
