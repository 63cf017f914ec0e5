/**
 * The recovery section's tabs and its setup's, by segment and label: the tab bars show them, and
 * a hint that sends the reader to one names it by these labels, so the two cannot drift apart.
 * A section's `under` pages (a scenario, a system, the what-if) mark it as the current one.
 */
export const RECOVERY_PAGES = [
  { segment: null, label: "Readiness", under: ["scenarios", "systems", "what-if"] },
  { segment: "setup", label: "Locations, hosts and policies", under: [] },
  { segment: "imports", label: "Imports", under: [] },
] as const;

export const SETUP_PAGES = [
  { segment: null, label: "Sites" },
  { segment: "locations", label: "Backup locations" },
  { segment: "hosts", label: "Hosts" },
  { segment: "policies", label: "Backup policies" },
  { segment: "replicas", label: "Replicas" },
  { segment: "vms", label: "VM facts" },
] as const;

/** A setup page as the reader finds it: "Locations, hosts and policies → VM facts". */
export function setupPageName(segment: (typeof SETUP_PAGES)[number]["segment"]): string {
  const setup = RECOVERY_PAGES.find((page) => page.segment === "setup")!;
  return `${setup.label} → ${SETUP_PAGES.find((page) => page.segment === segment)!.label}`;
}
