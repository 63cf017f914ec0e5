import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/auth/context";
import { can } from "@/lib/auth/permissions";
import { listPeople } from "@/lib/people/list-people";
import { listDepartments } from "@/lib/people/list-departments";
import { PersonForm } from "@/components/people/person-form";
import { ListSearch, Pagination, SortHeader } from "@/components/ui/list-controls";
import { PeopleImportPanel } from "@/components/people/people-import-panel";
import { buttonClass } from "@/components/ui/button";
import { createPersonAction, importPeopleAction, previewPeopleImportAction } from "./actions";
import { ScrollBox } from "@/components/ui/scroll-box";
import { EmailAddress } from "@/components/ui/email-address";
import { PhoneText } from "@/components/people/phone-text";

export const metadata: Metadata = { title: "People" };

const BASE = "/people";

export default async function PeoplePage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireActor();
  const people = await listPeople({ actor, query: await searchParams });
  const { query, rows } = people;
  const canEdit = can(actor.role, "plan:edit");
  const departments = canEdit ? await listDepartments({ actor }) : [];
  return (
    <div className={canEdit ? "grid grid-cols-1 gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]" : ""}>
      <section aria-labelledby="people-heading" className="min-w-0">
        <h1 id="people-heading" className="text-2xl font-semibold">
          People
        </h1>
        <p className="mt-1 text-sm text-slate-600">
          The organisation&apos;s register of people. Committees, response teams, owners and contacts in every plan pick from it, so nobody is typed twice.
        </p>
        <div className="mt-4 flex flex-wrap items-center justify-between gap-3">
          <ListSearch base={BASE} query={query} label="Search by name, job title or e-mail" />
          {can(actor.role, "plan:export") ? (
            <a href={`${BASE}/export`} className={buttonClass("secondary")} download>
              Download CSV
            </a>
          ) : null}
        </div>
        {rows.length === 0 ? (
          <p className="mt-6 rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">
            {query.q ? "Nobody matches this search." : canEdit ? "The register is empty. Add the first person with the form, or import a CSV file." : "The register is empty."}
          </p>
        ) : (
          <ScrollBox>
            <table className="mt-6 w-full border-collapse rounded-lg bg-white text-sm shadow-sm">
              <caption className="sr-only">People in the register</caption>
              <thead className="bg-slate-100 text-left">
                <tr>
                  <SortHeader base={BASE} query={query} column="name">Name</SortHeader>
                  <SortHeader base={BASE} query={query} column="jobTitle">Job title</SortHeader>
                  <th scope="col" className="p-3">Department</th>
                  <SortHeader base={BASE} query={query} column="email">E-mail</SortHeader>
                  <th scope="col" className="p-3">24/7 phone</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((person) => (
                  <tr key={person.id} className="border-t border-slate-200">
                    <th scope="row" className="whitespace-nowrap p-3 text-left font-medium">
                      <Link href={`/people/${person.id}`} className="text-blue-700 underline">
                        {person.name}
                      </Link>
                    </th>
                    <td className="p-3">{person.jobTitle}</td>
                    <td className="p-3">{person.department?.name ?? ""}</td>
                    <td className="p-3">{person.email ? <EmailAddress email={person.email} /> : null}</td>
                    <td className="whitespace-nowrap p-3 tabular-nums">
                      <PhoneText text={person.afterHoursPhone} empty={<span className="text-amber-800">None recorded</span>} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
        )}
        <Pagination base={BASE} query={query} list={people} noun="people" one="person" />
      </section>
      {canEdit ? (
        <aside className="space-y-6">
          <div className="rounded-lg border border-slate-200 bg-white p-5">
            <PersonForm action={createPersonAction} departments={departments} manageDepartments={can(actor.role, "org:settings")} />
          </div>
          <section aria-labelledby="people-import-heading" className="rounded-lg border border-slate-200 bg-white p-5">
            <h2 id="people-import-heading" className="mb-3 text-lg font-semibold">
              Import from CSV
            </h2>
            <PeopleImportPanel previewAction={previewPeopleImportAction} importAction={importPeopleAction} />
          </section>
        </aside>
      ) : null}
    </div>
  );
}
