import { formatDay } from "@/lib/days";
import { formatDuration } from "@/lib/durations";
import { daysUntil, expiryWords } from "@/lib/inventories/staleness";

/**
 * A vendor as linked to a function: an item of the "vendors" register (its `data` as stored, and
 * its contract end as the register's expiry column holds it).
 */
export type LinkedVendor = { id: string; label: string; data: unknown; expiresOn: Date | null };

export type VendorStatus = "within" | "longer" | "not_stated" | "no_rto";

export type VendorComparison = {
  vendorId: string;
  name: string;
  service: string;
  /** The contractual recovery time in minutes, null when the vendor's entry does not state one. */
  recoveryMinutes: number | null;
  status: VendorStatus;
  /** The finding ("longer") or gap ("not_stated") in a sentence; null when there is nothing to say. */
  message: string | null;
  /** Whether the contract ended before today: the recovery time it promised may no longer be owed. */
  contractExpired: boolean;
  /** The warning about an expired contract in a sentence; null when it has not expired or has no end recorded. */
  contractWarning: string | null;
};

function field(data: unknown, key: string): unknown {
  return data && typeof data === "object" && !Array.isArray(data) ? (data as Record<string, unknown>)[key] : undefined;
}

function text(value: unknown): string {
  return typeof value === "string" ? value.trim() : "";
}

/**
 * A vendor's "Contractual recovery time" (hours in the register) in minutes, null when not stated.
 * Rounded to hundredths of a minute, as durations typed for targets are (lib/durations.ts), so
 * 1.1 h compares equal to an RTO of 66 min instead of a hair above it.
 */
export function vendorRecoveryMinutes(data: unknown): number | null {
  const hours = field(data, "recoveryHours");
  if (typeof hours !== "number" || !Number.isFinite(hours) || hours < 0) return null;
  return Math.round(hours * 60 * 100) / 100;
}

/** A vendor as one choice among the plan's vendors: its name and, to tell two of one name apart, its service. */
export function vendorChoiceLabel(vendor: { label: string; data: unknown }): string {
  const service = text(field(vendor.data, "service"));
  return service ? `${vendor.label} (${service})` : vendor.label;
}

/**
 * The warning for a vendor whose contract ended before today (the day the register says "expired
 * N days ago"): a recovery time promised by a contract that has ended may no longer be owed,
 * whatever it says, so this holds with or without an RTO to compare with.
 */
function contractWarning({ name, expiresOn, recoveryMinutes, now }: { name: string; expiresOn: Date | null; recoveryMinutes: number | null; now: Date }): string | null {
  if (!expiresOn) return null;
  const daysLeft = daysUntil(expiresOn, now);
  if (daysLeft >= 0) return null;
  const owed = recoveryMinutes === null ? "its service" : `its recovery within ${formatDuration(recoveryMinutes)}`;
  return `${name}'s contract has expired (contract end ${formatDay(expiresOn)}, ${expiryWords(daysLeft)}): ${owed} may no longer be owed.`;
}

/**
 * Each vendor a function depends on against the function's RTO, and whether its contract has
 * expired by `now` (docs/decisions/0034). The RTO, not the MTD, because it is the time by which
 * the IT and services must be back: a vendor that restores its service later than that holds the
 * recovery up, whatever is left of the MTD for catching up. A recovery time equal to the RTO is
 * within it. With no RTO there is nothing to compare, so no finding or gap is reported (the
 * function's checks already say "RTO not set"); an expired contract is reported all the same.
 */
export function compareVendors({ rtoMinutes, vendors, now }: { rtoMinutes: number | null; vendors: readonly LinkedVendor[]; now: Date }): VendorComparison[] {
  return vendors.map((vendor) => {
    const name = text(field(vendor.data, "name")) || vendor.label;
    const recoveryMinutes = vendorRecoveryMinutes(vendor.data);
    const warning = contractWarning({ name, expiresOn: vendor.expiresOn, recoveryMinutes, now });
    const base = {
      vendorId: vendor.id,
      name,
      service: text(field(vendor.data, "service")),
      recoveryMinutes,
      contractExpired: warning !== null,
      contractWarning: warning,
    };
    if (rtoMinutes === null) return { ...base, status: "no_rto", message: null };
    if (recoveryMinutes === null) return { ...base, status: "not_stated", message: `${name}: recovery time not stated.` };
    if (recoveryMinutes > rtoMinutes) {
      return {
        ...base,
        status: "longer",
        message: `${name}'s contractual recovery time (${formatDuration(recoveryMinutes)}) is longer than the RTO (${formatDuration(rtoMinutes)}).`,
      };
    }
    return { ...base, status: "within", message: null };
  });
}

const count = (n: number, one: string, many: string) => (n === 1 ? one : `${n} ${many}`);

/**
 * The short words of a function's list row for its vendors: a flag when some vendor recovers later
 * than the RTO or its contract has expired, a gap when some vendor's recovery time is not stated.
 * Empty when all is well.
 */
export function vendorCheckLabels(comparisons: readonly VendorComparison[]): { flags: string[]; gaps: string[] } {
  const longer = comparisons.filter((c) => c.status === "longer").length;
  const expired = comparisons.filter((c) => c.contractExpired).length;
  const unstated = comparisons.filter((c) => c.status === "not_stated").length;
  return {
    flags: [
      ...(longer ? [count(longer, "Vendor slower than RTO", "vendors slower than RTO")] : []),
      ...(expired ? [count(expired, "Vendor contract expired", "vendors' contracts expired")] : []),
    ],
    gaps: unstated ? [count(unstated, "Vendor recovery time not stated", "vendors' recovery times not stated")] : [],
  };
}
