import { SectionTabs } from "@/components/ui/section-tabs";

const PAGES = [
  { segment: null, label: "BIA settings" },
  { segment: "departments", label: "Departments" },
  { segment: "documents", label: "Documents" },
  { segment: "reminders", label: "Reminders" },
  { segment: "email", label: "Notification e-mail" },
] as const;

/** The pages of the organisation's settings, as tabs. */
export function SettingsNav() {
  return <SectionTabs base="/settings" label="Settings sections" pages={PAGES} />;
}
