import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/context";
import { can } from "@/lib/auth/permissions";
import { SettingsNav } from "@/components/settings/settings-nav";

/**
 * The organisation's settings: a heading and the tabs of its pages. Checked here as well as in each
 * page, so that a member who may not change settings gets the plain "not found" page, without
 * the settings' heading and tabs around it.
 */
export default async function SettingsLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireActor();
  if (!can(actor.role, "org:settings")) notFound();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Settings of {actor.orgName}</h1>
      <SettingsNav />
      {children}
    </div>
  );
}
