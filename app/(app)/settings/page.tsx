import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/context";
import { can } from "@/lib/auth/permissions";
import { permittedPageMetadata } from "@/lib/http/page-metadata";
import { getBiaSettingsForm } from "@/lib/settings/get-bia-settings-form";
import { BiaSettingsForm } from "@/components/settings/bia-settings-form";
import { updateBiaSettingsAction } from "./actions";

export const generateMetadata = permittedPageMetadata("org:settings", "Settings");

export default async function SettingsPage() {
  const actor = await requireActor();
  if (!can(actor.role, "org:settings")) notFound();
  const settings = await getBiaSettingsForm({ actor });
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-5">
      <BiaSettingsForm
        action={updateBiaSettingsAction}
        horizons={settings.horizons}
        categories={settings.categories}
        ratedFunctions={settings.ratedFunctions}
        intolerableRating={settings.intolerableRating}
        version={settings.version}
      />
    </section>
  );
}
