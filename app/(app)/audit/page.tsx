import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/context";
import { can } from "@/lib/auth/permissions";
import { listAudit } from "@/lib/audit/list-audit";

export const metadata: Metadata = { title: "Audit log" };

function describe(value: unknown): string {
  if (value === null || value === undefined) return "—";
  return Object.entries(value as Record<string, unknown>)
    .map(([key, v]) => `${key}: ${typeof v === "string" ? v : JSON.stringify(v)}`)
    .join(", ");
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireActor();
  if (!can(actor.role, "audit:read")) notFound();
  const query = await searchParams;
  const { rows, total, page, pageCount } = await listAudit({ actor, query });
  const link = (to: number) => {
    const params = new URLSearchParams({ ...(query.q ? { q: query.q } : {}), page: String(to) });
    return `/audit?${params}`;
  };
  return (
    <section aria-labelledby="audit-heading">
      <h1 id="audit-heading" className="text-2xl font-semibold">
        Audit log
      </h1>
      <p className="mt-1 text-sm text-slate-600">Every change to members, roles and plans: who, what, when, before and after. Entries cannot be edited or deleted.</p>
      <form className="mt-4 flex gap-2" role="search">
        <label htmlFor="q" className="sr-only">
          Search the audit log
        </label>
        <input id="q" name="q" defaultValue={query.q} placeholder="Search by action or person" className="w-72 rounded-md border border-slate-300 px-3 py-2 text-sm" />
        <button className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm">Search</button>
      </form>
      {rows.length === 0 ? (
        <p className="mt-6 rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">No entries.</p>
      ) : (
        <table className="mt-6 w-full border-collapse rounded-lg bg-white text-sm shadow-sm">
          <caption className="sr-only">Audit entries, newest first</caption>
          <thead className="bg-slate-100 text-left">
            <tr>
              <th scope="col" className="p-3">When (UTC)</th>
              <th scope="col" className="p-3">Who</th>
              <th scope="col" className="p-3">What</th>
              <th scope="col" className="p-3">Before</th>
              <th scope="col" className="p-3">After</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className="border-t border-slate-200 align-top">
                <td className="whitespace-nowrap p-3 tabular-nums">{row.createdAt.toISOString().replace("T", " ").slice(0, 19)}</td>
                <td className="p-3">{row.actorEmail ?? "system"}</td>
                <td className="p-3 font-mono text-xs">{row.action}</td>
                <td className="p-3 text-slate-600">{describe(row.before)}</td>
                <td className="p-3">{describe(row.after)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <nav aria-label="Audit log pages" className="mt-4 flex items-center gap-4 text-sm">
        <span>
          Page {page} of {pageCount} · {total} entries
        </span>
        {page > 1 ? <Link href={link(page - 1)} className="text-blue-700 underline">Newer</Link> : null}
        {page < pageCount ? <Link href={link(page + 1)} className="text-blue-700 underline">Older</Link> : null}
      </nav>
    </section>
  );
}
