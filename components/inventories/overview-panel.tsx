import Link from "next/link";
import type { Actor } from "@/lib/auth/context";
import { getInventoryAlerts } from "@/lib/inventories/get-inventory-alerts";
import { EXPIRY_WARNING_DAYS } from "@/lib/inventories/staleness";
import { formatDay } from "@/lib/days";
import { expiryWords } from "@/lib/inventories/staleness";


/**
 * The plan overview's inventory warnings: policies and contracts that expire soon (or have
 * expired), and how many registers are past their review.
 */
export async function InventoryOverviewPanel({ actor, planId }: { actor: Actor; planId: string }) {
  const { expiring, expiringCount, staleRegisters, notStartedRegisters, registerCount } = await getInventoryAlerts({ actor, planId });
  const base = `/plans/${planId}/inventories`;
  return (
    <section aria-labelledby="inventory-alerts-heading" className="rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="inventory-alerts-heading" className="text-lg font-semibold">
        Inventory expiries and reviews
      </h2>
      <p className="mt-1 text-sm text-slate-600">
        {staleRegisters === 0 && notStartedRegisters === 0 ? (
          "Every register has been reviewed within the review period."
        ) : (
          <Link href={base} className="text-blue-800 underline">
            {[
              staleRegisters ? `${staleRegisters} of ${registerCount} registers need a review` : null,
              notStartedRegisters ? `${notStartedRegisters} of ${registerCount} not started yet` : null,
            ]
              .filter(Boolean)
              .join("; ")}
          </Link>
        )}
      </p>
      {expiring.length === 0 ? (
        <p className="mt-3 text-sm text-slate-600">Nothing expires in the next {EXPIRY_WARNING_DAYS} days.</p>
      ) : (
        <>
          <h3 className="mt-4 text-sm font-medium">Expiring within {EXPIRY_WARNING_DAYS} days or expired</h3>
          <ul className="mt-2 divide-y divide-slate-100 text-sm" aria-label="Expiring items">
            {expiring.map((item) => (
              <li key={item.id} className="flex flex-wrap items-baseline justify-between gap-2 py-2">
                <span>
                  <Link href={`${base}/${item.kind}/items/${item.id}`} className="font-medium text-blue-800 underline">
                    {item.label}
                  </Link>{" "}
                  <span className="text-slate-500">· {item.register}</span>
                </span>
                <span className={item.daysLeft < 0 ? "font-medium text-red-800" : "text-amber-900"}>
                  {formatDay(item.expiresOn)} ({expiryWords(item.daysLeft)})
                </span>
              </li>
            ))}
          </ul>
          {expiringCount > expiring.length ? (
            <p className="mt-2 text-xs text-slate-500">and {expiringCount - expiring.length} more.</p>
          ) : null}
        </>
      )}
    </section>
  );
}
