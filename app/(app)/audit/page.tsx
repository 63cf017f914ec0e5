import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/context";
import { can } from "@/lib/auth/permissions";
import { permittedPageMetadata } from "@/lib/http/page-metadata";
import { listAudit } from "@/lib/audit/list-audit";
import { MAX_AUDIT_EXPORT_ROWS, tooManyToExport } from "@/lib/audit/export-audit";
import { appliedFilters, hasDateErrors, type AuditQuery } from "@/lib/audit/audit-query";
import { actionText, changeText, recordLabel } from "@/lib/audit/audit-display";
import { buttonClass } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { ScrollBox } from "@/components/ui/scroll-box";
import { EmailAddress } from "@/components/ui/email-address";
import { ActionButton } from "@/components/ui/action-button";
import { verifyAuditChainAction } from "./actions";

export const generateMetadata = permittedPageMetadata("audit:read", "Audit log");

/** The filters as search params, with a page when asked for. */
function params(filters: AuditQuery, page?: number): URLSearchParams {
  const search = new URLSearchParams(appliedFilters(filters));
  if (page && page > 1) search.set("page", String(page));
  return search;
}

// Compact controls for a filter row (the shared fields' default is a full-width form control), none
// wider than the row: a select is as wide as its longest option.
const input = "mt-1 block max-w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm aria-[invalid=true]:border-red-600";

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireActor();
  if (!can(actor.role, "audit:read")) notFound();
  const { filters, dateErrors, rows, total, page, pageCount, kinds, plans } = await listAudit({ actor, query: await searchParams });
  // Dates the log cannot apply list nothing (the fields say why), and offer no download of the whole log.
  const badDates = hasDateErrors(dateErrors);
  const filtered = params(filters).size > 0 || badDates;
  return (
    <section aria-labelledby="audit-heading">
      <h1 id="audit-heading" className="text-2xl font-semibold">
        Audit log
      </h1>
      <p className="mt-1 text-sm text-slate-600">
        Every change to members, roles, plans and their records, every approval, import and export: who, when, on what, and what changed. Entries cannot
        be edited or deleted.
      </p>
      <div className="mt-4 flex flex-wrap items-start gap-x-4 gap-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm">
        <p className="max-w-prose text-slate-700">
          Each entry is numbered and chained to the one before it by a SHA-256 hash, so an entry edited or removed in the database breaks the chain.
          Verifying recomputes it from the first entry.
        </p>
        <ActionButton action={verifyAuditChainAction} fields={{}} label="Verify integrity" pendingText="Verifying…" />
      </div>
      {/* Each field may be narrower than its control's content (min-w-0) and never wider than the row: the
          plan select, as wide as its longest plan's name, widened the page on a phone. */}
      <form className="mt-4 flex flex-wrap items-end gap-3 [&>*]:min-w-0 [&>*]:max-w-full" role="search" aria-label="Filter the audit log">
        <TextField id="audit-q" name="q" label="Search the audit log" defaultValue={filters.q} placeholder="Action, kind of record or person" className={`${input} w-64`} />
        <SelectField id="audit-plan" name="plan" label="Plan" defaultValue={filters.plan ?? ""} options={[{ value: "", label: "All plans" }, ...plans]} className={`${input} sm:max-w-xs`} />
        <SelectField
          id="audit-kind"
          name="kind"
          label="Kind of record"
          defaultValue={filters.kind?.toLowerCase() ?? ""}
          options={[{ value: "", label: "All" }, ...kinds]}
          className={input}
        />
        <TextField id="audit-from" name="from" type="date" label="From (UTC)" defaultValue={filters.from} className={input} error={dateErrors.from ?? dateErrors.order} />
        <TextField
          id="audit-to"
          name="to"
          type="date"
          label="To (UTC)"
          defaultValue={filters.to}
          className={input}
          error={dateErrors.to}
          // Dates the wrong way round are said once, under From, and belong to both fields.
          {...(dateErrors.order ? { "aria-invalid": true, "aria-describedby": "audit-from-error" } : {})}
        />
        <button className={buttonClass("secondary")}>Filter</button>
        {filtered ? (
          <Link href="/audit" className="py-2 text-sm text-blue-700 underline">
            Clear filters
          </Link>
        ) : null}
        {badDates ? null : total > MAX_AUDIT_EXPORT_ROWS ? (
          // A download cut short would look whole: none is offered, and the page says why.
          <p className="ml-auto max-w-sm text-sm text-slate-700" data-testid="audit-export-too-large">
            {tooManyToExport(total)}
          </p>
        ) : (
          <a href={`/audit/export?${params(filters)}`} className={`${buttonClass("secondary")} ml-auto`} download>
            Download as CSV
          </a>
        )}
      </form>
      {rows.length === 0 ? (
        <p className="mt-6 rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">
          {badDates ? "Entries are listed once the dates above are corrected." : filtered ? "No entries match these filters." : "No entries yet."}
        </p>
      ) : (
        <ScrollBox>
          <table className="mt-6 w-full border-collapse rounded-lg bg-white text-sm shadow-sm">
            <caption className="sr-only">Audit entries, newest first</caption>
            <thead className="bg-slate-100 text-left">
              <tr>
                <th scope="col" className="p-3">When (UTC)</th>
                <th scope="col" className="p-3">Who</th>
                <th scope="col" className="column-text p-3">Action</th>
                <th scope="col" className="column-text p-3">Record</th>
                <th scope="col" className="column-text p-3">Plan</th>
                <th scope="col" className="column-prose p-3">What changed</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} className="border-t border-slate-200 align-top" data-action={row.action}>
                  <td className="whitespace-nowrap p-3 tabular-nums">
                    {row.createdAt.toISOString().replace("T", " ").slice(0, 19)}
                    {/* The number a verification names an entry by. */}
                    {row.seq === null ? null : <span className="block text-xs text-slate-500">#{row.seq.toLocaleString("en-GB")}</span>}
                  </td>
                  {/* An address breaks after its "@" (not mid-word, which also squeezed the column); record
                      names and values (a 64-digit hash) wrap anywhere: one long value must not widen the log past the page. */}
                  <td className="p-3 break-words">
                    {row.actorName ? <span className="block">{row.actorName}</span> : null}
                    {row.actorEmail ? <EmailAddress email={row.actorEmail} /> : row.actorName ? null : "system"}
                  </td>
                  <td className="p-3">
                    {actionText(row.action)}
                    <span className="block font-mono text-xs text-slate-500">{row.action}</span>
                  </td>
                  <td className="p-3 wrap-anywhere">
                    <span className="text-slate-500">{row.kind}</span>
                    {recordLabel(row) ? <span className="block">{recordLabel(row)}</span> : null}
                  </td>
                  <td className="p-3 wrap-anywhere">
                    {row.plan?.name ? (
                      <Link href={`/plans/${row.plan.id}`} className="text-blue-700 underline">
                        {row.plan.name}
                      </Link>
                    ) : (
                      <span className="text-slate-500">{row.plan ? "A deleted plan" : row.organisationWide ? "Organisation-wide" : "—"}</span>
                    )}
                  </td>
                  <td className="p-3 wrap-anywhere">
                    {row.changes.length ? (
                      <ul className="space-y-0.5">
                        {row.changes.map((change) => (
                          <li key={change.field}>{changeText(change)}</li>
                        ))}
                      </ul>
                    ) : (
                      <span className="text-slate-500">—</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      )}
      {badDates ? null : (
        <nav aria-label="Audit log pages" className="mt-4 flex items-center gap-4 text-sm">
          <span>
            Page {page} of {pageCount} · {total} {total === 1 ? "entry" : "entries"}
          </span>
          {page > 1 ? (
            <Link href={`/audit?${params(filters, page - 1)}`} className="text-blue-700 underline">
              Newer
            </Link>
          ) : null}
          {page < pageCount ? (
            <Link href={`/audit?${params(filters, page + 1)}`} className="text-blue-700 underline">
              Older
            </Link>
          ) : null}
        </nav>
      )}
    </section>
  );
}
