import { SectionTabs } from "@/components/ui/section-tabs";

const PAGES = [
  { segment: null, label: "Sites" },
  { segment: "locations", label: "Backup locations" },
  { segment: "hosts", label: "Hosts" },
  { segment: "policies", label: "Backup policies" },
  { segment: "replicas", label: "Replicas" },
  { segment: "vms", label: "VM facts" },
] as const;

/** The pages of a plan's recovery setup, as tabs. */
export function SetupNav({ planId }: { planId: string }) {
  return <SectionTabs base={`/plans/${planId}/recovery/setup`} label="Setup sections" pages={PAGES} />;
}
