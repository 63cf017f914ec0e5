import { SectionTabs } from "@/components/ui/section-tabs";
import { SETUP_PAGES } from "@/lib/recovery/recovery-pages";

/** The pages of a plan's recovery setup, as tabs. */
export function SetupNav({ planId }: { planId: string }) {
  return <SectionTabs base={`/plans/${planId}/recovery/setup`} label="Setup sections" pages={SETUP_PAGES} />;
}
