import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/auth/context";
import { can } from "@/lib/auth/permissions";
import { getPerson } from "@/lib/people/get-person";
import { listDepartments } from "@/lib/people/list-departments";
import { PersonForm } from "@/components/people/person-form";
import { ConfirmForm } from "@/components/ui/confirm-form";
import { deletePersonAction, updatePersonAction } from "../actions";
import { orNotFound } from "@/lib/http/or-not-found";
import { cache } from "react";
import { mailtoHref } from "@/lib/people/email";
import { PhoneText } from "@/components/people/phone-text";
import { EmailAddress } from "@/components/ui/email-address";
import { Breadcrumb } from "@/components/ui/breadcrumb";

export async function generateMetadata({ params }: { params: Promise<{ personId: string }> }): Promise<Metadata> {
  return { title: (await load((await params).personId)).person.name };
}

// Once per request: the title and the page both ask.
const load = cache(async (personId: string) => {
  const actor = await requireActor();
  return { actor, person: await orNotFound(getPerson({ actor, personId })) };
});

export default async function PersonPage({ params }: { params: Promise<{ personId: string }> }) {
  const { personId } = await params;
  const { actor, person } = await load(personId);
  const canEdit = can(actor.role, "plan:edit");
  const email = mailtoHref(person.email);
  const details: [string, React.ReactNode][] = [
    ["Job title", person.jobTitle || "—"],
    ["Department", person.department?.name || "—"],
    [
      "E-mail",
      email ? (
        <a href={email} className="text-blue-700 underline">
          <EmailAddress email={person.email} />
        </a>
      ) : (
        person.email || "—"
      ),
    ],
    ["Work phone", <PhoneText key="work" text={person.workPhone} empty="—" />],
    ["Mobile phone", <PhoneText key="mobile" text={person.mobilePhone} empty="—" />],
    ["24/7 phone", <PhoneText key="any-hour" text={person.afterHoursPhone} empty="—" />],
    ["Notes", person.notes || "—"],
  ];
  return (
    <div className="space-y-6">
      <Breadcrumb parent={{ href: "/people", label: "People" }} current={person.name} />
      <h1 className="text-2xl font-semibold">{person.name}</h1>
      {canEdit ? (
        <div className="grid grid-cols-1 gap-6 md:grid-cols-[minmax(0,1fr)_16rem]">
          <div className="rounded-lg border border-slate-200 bg-white p-5">
            <PersonForm
              action={updatePersonAction}
              departments={await listDepartments({ actor })}
              person={person}
              manageDepartments={can(actor.role, "org:settings")}
            />
          </div>
          <div className="space-y-2">
            <h2 className="text-base font-semibold">Delete</h2>
            <p className="text-sm text-slate-600">Only someone not named anywhere in a plan can be deleted.</p>
            <ConfirmForm
              action={deletePersonAction}
              fields={{ personId: person.id, version: String(person.version) }}
              label="Delete person"
              title={`Delete ${person.name}?`}
              body={`${person.name} will be removed from the register.`}
              confirmLabel="Delete"
            />
          </div>
        </div>
      ) : (
        <dl className="grid grid-cols-1 max-w-2xl gap-3 rounded-lg border border-slate-200 bg-white p-5 text-sm sm:grid-cols-[10rem_1fr]">
          {details.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-medium text-slate-700">{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      )}
      <section aria-labelledby="uses-heading" className="max-w-3xl rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="uses-heading" className="text-lg font-semibold">
          Where {person.name} is named
        </h2>
        {person.uses.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600">No plan names {person.name}.</p>
        ) : (
          <ul className="mt-2 space-y-3 text-sm">
            {person.uses.map((plan) => (
              <li key={plan.planId}>
                <Link href={`/plans/${plan.planId}`} className="font-medium text-blue-700 underline">
                  {plan.planName}
                </Link>
                {plan.archived ? <span className="ml-2 text-xs text-slate-500">(archived)</span> : null}
                <ul className="mt-1 list-disc space-y-0.5 pl-5" aria-label={`In ${plan.planName}`}>
                  {plan.uses.map((use) => (
                    <li key={`${use.href}|${use.how}`}>
                      <Link href={use.href} className="text-blue-700 underline">
                        {use.how.charAt(0).toUpperCase() + use.how.slice(1)}
                      </Link>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
