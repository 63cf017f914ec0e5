import Link from "next/link";
import { formatDuration } from "@/lib/durations";
import type { VendorComparison } from "@/lib/bia/vendor-checks";
import { ContractExpiredBadge, VendorStatusText } from "@/components/bia/vendor-status";
import { ScrollBox } from "@/components/ui/scroll-box";

/** What is said above the table: findings and expired contracts are warnings, unstated recovery times are missing. */
function notes(vendors: VendorComparison[]) {
  return vendors.flatMap((v) => [
    ...(v.message ? [{ key: `${v.vendorId}-rto`, check: v.status, warning: v.status === "longer", text: v.message }] : []),
    ...(v.contractWarning ? [{ key: `${v.vendorId}-contract`, check: "contract_expired", warning: true, text: v.contractWarning }] : []),
  ]);
}

/**
 * The vendors a function depends on, each with its contractual recovery time against the
 * function's RTO, and a warning for each whose contract has expired.
 */
export function VendorRecovery({ planId, rtoMinutes, vendors }: { planId: string; rtoMinutes: number | null; vendors: VendorComparison[] }) {
  const messages = notes(vendors);
  return (
    <section aria-labelledby="vendor-recovery-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="vendor-recovery-heading" className="text-lg font-semibold">
        Vendors against the RTO
      </h2>
      <p className="text-sm text-slate-600">
        The recovery time each vendor&apos;s contract promises, from the master vendor list, against this function&apos;s RTO
        {rtoMinutes === null
          ? ". No RTO is set yet, so there is nothing to compare them with."
          : ` of ${formatDuration(rtoMinutes)}. A vendor that restores its service later than the RTO holds the recovery up.`}{" "}
        A vendor whose contract has expired may no longer owe the recovery time it promised.
      </p>
      {vendors.length === 0 ? (
        <p className="text-sm text-slate-600">No vendors linked to this function.</p>
      ) : (
        <>
          {messages.length ? (
            <ul className="space-y-1">
              {messages.map((note) => (
                <li
                  key={note.key}
                  data-vendor-check={note.check}
                  className={note.warning ? "rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900" : "rounded-md bg-slate-50 px-3 py-2 text-sm text-slate-700"}
                >
                  <span className="font-medium">{note.warning ? "Warning: " : "Missing: "}</span>
                  {note.text}
                </li>
              ))}
            </ul>
          ) : null}
          <ScrollBox>
            <table className="w-full border-collapse text-sm">
              <caption className="sr-only">Vendors and their contractual recovery times</caption>
              <thead className="bg-slate-100 text-left">
                <tr>
                  <th scope="col" className="p-2">Vendor</th>
                  <th scope="col" className="p-2">Service</th>
                  <th scope="col" className="p-2">Contractual recovery time</th>
                  <th scope="col" className="p-2">Against the RTO</th>
                </tr>
              </thead>
              <tbody>
                {vendors.map((v) => (
                  <tr key={v.vendorId} className="border-t border-slate-200">
                    <th scope="row" className="p-2 text-left font-normal">
                      <Link href={`/plans/${planId}/inventories/vendors/items/${v.vendorId}`} className="text-blue-800 underline">
                        {v.name}
                      </Link>
                    </th>
                    <td className="p-2">{v.service || "—"}</td>
                    <td className="p-2 tabular-nums">{v.recoveryMinutes === null ? "Not stated" : formatDuration(v.recoveryMinutes)}</td>
                    <td className="p-2">
                      <VendorStatusText status={v.status} />
                      {v.contractExpired ? <ContractExpiredBadge /> : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
        </>
      )}
    </section>
  );
}
