import "server-only";
import { duration, showFields } from "@/lib/concurrency/show-fields";

/** The fields of a tier that the audit log records before and after a change. */
export const tierSnapshot = (tier: { name: string; maxRtoMinutes: number; description: string }) => ({
  name: tier.name,
  maxRtoMinutes: tier.maxRtoMinutes,
  description: tier.description,
});

/** A tier's snapshot as its edit form labels it, for a refused stale save or delete. */
export const showTier = showFields({
  name: { label: "Tier name" },
  maxRtoMinutes: { label: "Longest RTO in this tier", text: duration },
  description: { label: "Description" },
});
