import { formatDuration } from "@/lib/durations";

/** A vendor as linked to a function: an item of the "vendors" register (its `data` as stored). */
export type LinkedVendor = { id: string; label: string; data: unknown };

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
 * Each vendor a function depends on against the function's RTO. The RTO, not the MTD, because it
 * is the time by which the IT and services must be back: a vendor that restores its service later
 * than that holds the recovery up, whatever is left of the MTD for catching up. A recovery time
 * equal to the RTO is within it. With no RTO there is nothing to compare, so nothing is reported
 * (the function's checks already say "RTO not set").
 */
export function compareVendors({ rtoMinutes, vendors }: { rtoMinutes: number | null; vendors: readonly LinkedVendor[] }): VendorComparison[] {
  return vendors.map((vendor) => {
    const name = text(field(vendor.data, "name")) || vendor.label;
    const recoveryMinutes = vendorRecoveryMinutes(vendor.data);
    const base = { vendorId: vendor.id, name, service: text(field(vendor.data, "service")), recoveryMinutes };
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
 * than the RTO, a gap when some vendor's recovery time is not stated. Empty when all is well.
 */
export function vendorCheckLabels(comparisons: readonly VendorComparison[]): { flags: string[]; gaps: string[] } {
  const longer = comparisons.filter((c) => c.status === "longer").length;
  const unstated = comparisons.filter((c) => c.status === "not_stated").length;
  return {
    flags: longer ? [count(longer, "Vendor slower than RTO", "vendors slower than RTO")] : [],
    gaps: unstated ? [count(unstated, "Vendor recovery time not stated", "vendors' recovery times not stated")] : [],
  };
}
