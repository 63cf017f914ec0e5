import type { VendorStatus } from "@/lib/bia/vendor-checks";

const STATUS: Record<VendorStatus, { label: string; style: string }> = {
  within: { label: "Within the RTO", style: "text-green-800" },
  longer: { label: "Longer than the RTO", style: "rounded bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900" },
  not_stated: { label: "Recovery time not stated", style: "text-slate-600" },
  no_rto: { label: "No RTO to compare with", style: "text-slate-500" },
};

/** How a vendor's contractual recovery time stands against a function's RTO, in a table cell. */
export function VendorStatusText({ status }: { status: VendorStatus }) {
  return <span className={STATUS[status].style}>{STATUS[status].label}</span>;
}

/** Beside a vendor's status: its contract has ended, in the red of the register's "expired" badge. */
export function ContractExpiredBadge() {
  return <span className="ml-2 inline-block rounded bg-red-100 px-2 py-0.5 text-xs font-medium text-red-900">Contract expired</span>;
}
