import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/context";
import { can } from "@/lib/auth/permissions";
import { permittedPageMetadata } from "@/lib/http/page-metadata";
import { listDepartmentsInUse } from "@/lib/departments/list-departments";
import { AddDepartmentForm, RenameDepartmentForm } from "@/components/settings/department-forms";
import { ConfirmForm } from "@/components/ui/confirm-form";
import { LazyDetails } from "@/components/ui/lazy-details";
import { ScrollBox } from "@/components/ui/scroll-box";
import { createDepartmentAction, deleteDepartmentAction, renameDepartmentAction } from "./actions";
import { andList } from "@/lib/count";

export const generateMetadata = permittedPageMetadata("org:settings", "Departments");

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "2 products, 1 function and 3 people", leaving out what there is none of. */
function contents(department: { products: number; functions: number; people: number }): string {
  const parts = [
    department.products ? count(department.products, "product", "products") : null,
    department.functions ? count(department.functions, "business function", "business functions") : null,
    department.people ? count(department.people, "person", "people") : null,
  ].filter((part): part is string => part !== null);
  return andList(parts);
}

export default async function DepartmentsPage() {
  const actor = await requireActor();
  if (!can(actor.role, "org:settings")) notFound();
  const departments = await listDepartmentsInUse({ actor });
  return (
    <div className="grid grid-cols-1 gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <section aria-labelledby="departments-heading" className="min-w-0">
        <h2 id="departments-heading" className="text-lg font-semibold">
          Departments
        </h2>
        <p className="mt-1 max-w-3xl text-sm text-slate-600">
          The parts of the organisation that run its business functions, offer its products and services and employ its people. The impact
          analysis of every plan groups its products and functions by department, and the people register says where each person works: all of
          them choose from this list. Renaming a department renames it everywhere.
        </p>
        {departments.length === 0 ? (
          <p className="mt-4 rounded-lg border border-dashed border-slate-300 bg-white p-6 text-sm text-slate-600">
            No departments yet. Add the parts of the organisation, such as Finance, Operations or IT, so that products, business functions and
            people can be placed in them.
          </p>
        ) : (
          <ScrollBox>
            <table className="mt-4 w-full border-collapse rounded-lg bg-white text-sm shadow-sm">
              <caption className="sr-only">Departments and how many products, business functions and people are in each</caption>
              <thead className="bg-slate-100 text-left">
                <tr>
                  <th scope="col" className="p-3">Department</th>
                  <th scope="col" className="p-3 text-right">Products</th>
                  <th scope="col" className="p-3 text-right">Business functions</th>
                  <th scope="col" className="p-3 text-right">People</th>
                  <th scope="col" className="p-3">
                    <span className="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {departments.map((department) => {
                  const used = contents(department);
                  return (
                    <tr key={department.id} className="border-t border-slate-200 align-top">
                      <th scope="row" className="p-3 text-left font-medium">
                        {department.name}
                      </th>
                      <td className="p-3 text-right tabular-nums">{department.products}</td>
                      <td className="p-3 text-right tabular-nums">{department.functions}</td>
                      <td className="p-3 text-right tabular-nums">{department.people}</td>
                      <td className="p-3">
                        <div className="flex flex-wrap items-start justify-end gap-2">
                          <LazyDetails className="w-64" summaryClassName="cursor-pointer py-2 text-blue-700 underline" summary={`Rename ${department.name}`}>
                            <div className="mt-2">
                              <RenameDepartmentForm action={renameDepartmentAction} department={department} />
                            </div>
                          </LazyDetails>
                          <ConfirmForm
                            action={deleteDepartmentAction}
                            fields={{ departmentId: department.id, version: String(department.version) }}
                            label="Delete"
                            ariaLabel={`Delete ${department.name}`}
                            title={`Delete ${department.name}?`}
                            body={
                              used
                                ? `${department.name} still has ${used} in it, so it will not be deleted: you will be told which ones to give another department first.`
                                : `Nothing is in ${department.name}. It leaves every department list; the audit log keeps its name.`
                            }
                            confirmLabel="Delete department"
                          />
                        </div>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </ScrollBox>
        )}
      </section>
      <aside className="self-start rounded-lg border border-slate-200 bg-white p-5">
        <AddDepartmentForm action={createDepartmentAction} />
      </aside>
    </div>
  );
}
