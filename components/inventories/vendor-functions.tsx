import Link from "next/link";
import { formatDuration } from "@/lib/durations";
import type { VendorComparison } from "@/lib/bia/vendor-checks";
import { VendorStatusText } from "@/components/bia/vendor-status";
import { ScrollBox } from "@/components/ui/scroll-box";

type DependentFunction = { id: string; name: string; rtoMinutes: number | null; check: VendorComparison };

/**
 * On a vendor's page: the business functions that depend on it, those its contractual recovery
 * time falls short for, and a warning when its contract has expired.
 */
export function VendorFunctions({ planId, recoveryMinutes, functions }: { planId: string; recoveryMinutes: number | null; functions: DependentFunction[] }) {
  const shortFor = functions.filter((fn) => fn.check.status === "longer");
  // The same vendor in every check: its contract is the vendor's, whichever function it is read for.
  const contractWarning = functions[0]?.check.contractWarning ?? null;
  const compared = functions.filter((fn) => fn.rtoMinutes !== null);
  return (
    <section aria-labelledby="vendor-functions-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="vendor-functions-heading" className="text-lg font-semibold">
        Business functions that depend on this vendor
      </h2>
      {functions.length === 0 ? (
        <p className="text-sm text-slate-600">No business function depends on this vendor yet. Link it from a function&apos;s dependencies.</p>
      ) : (
        <>
          {contractWarning ? (
            <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900" data-vendor-check="contract_expired">
              <span className="font-medium">Warning: </span>
              {`${contractWarning} ${functions.length === 1 ? "1 function depends" : `${functions.length} functions depend`} on it.`}
            </p>
          ) : null}
          {shortFor.length ? (
            <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900" data-vendor-check="longer">
              <span className="font-medium">Warning: </span>
              {`This vendor's recovery time (${formatDuration(recoveryMinutes)}) is longer than the RTO of ${
                shortFor.length === 1 ? "1 function" : `${shortFor.length} functions`
              }: ${shortFor.map((fn) => `${fn.name} (${formatDuration(fn.rtoMinutes)})`).join(", ")}.`}
            </p>
          ) : null}
          {recoveryMinutes === null && compared.length ? (
            <p className="rounded-md bg-slate-50 px-3 py-2 text-sm text-slate-700" data-vendor-check="not_stated">
              <span className="font-medium">Missing: </span>
              {`No recovery time is stated for this vendor, so it cannot be checked against the RTO of ${
                compared.length === 1 ? "the function that depends on it" : `the ${compared.length} functions that depend on it`
              }.`}
            </p>
          ) : null}
          <ScrollBox>
            <table className="w-full border-collapse text-sm">
              <caption className="sr-only">Business functions that depend on this vendor, with their RTOs</caption>
              <thead className="bg-slate-100 text-left">
                <tr>
                  <th scope="col" className="p-2">Function</th>
                  <th scope="col" className="p-2">RTO</th>
                  <th scope="col" className="p-2">This vendor against the RTO</th>
                </tr>
              </thead>
              <tbody>
                {functions.map((fn) => (
                  <tr key={fn.id} className="border-t border-slate-200">
                    <th scope="row" className="p-2 text-left font-normal">
                      <Link href={`/plans/${planId}/bia/functions/${fn.id}`} className="text-blue-800 underline">
                        {fn.name}
                      </Link>
                    </th>
                    <td className="p-2 tabular-nums">{formatDuration(fn.rtoMinutes)}</td>
                    <td className="p-2">
                      <VendorStatusText status={fn.check.status} />
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
