import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/context";
import { can } from "@/lib/auth/permissions";
import { permittedPageMetadata } from "@/lib/http/page-metadata";
import { hasPassword } from "@/lib/members/has-password";
import { ChangePasswordForm } from "@/components/members/change-password-form";
import { ConfirmForm } from "@/components/ui/confirm-form";
import { changePasswordAction, signOutEverywhereAction } from "./actions";

export const generateMetadata = permittedPageMetadata("account:password", "Change password");

export default async function ChangePasswordPage() {
  const actor = await requireActor();
  if (!can(actor.role, "account:password")) notFound();
  const password = await hasPassword({ actor });
  return (
    <section aria-labelledby="change-password-heading" className="max-w-md space-y-4">
      <h1 id="change-password-heading" className="text-2xl font-semibold">
        Change password
      </h1>
      {password ? (
        <ChangePasswordForm action={changePasswordAction} />
      ) : (
        <p className="text-sm text-slate-700">
          You sign in through single sign-on, so your password is kept by your identity provider, not here.
        </p>
      )}
      {can(actor.role, "account:sessions") ? (
        <section aria-labelledby="sign-out-everywhere-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="sign-out-everywhere-heading" className="text-lg font-semibold">
            Sign out of all other devices
          </h2>
          <p className="text-sm text-slate-700">
            Lost a laptop or phone, or left yourself signed in on a computer that is not yours? This signs you out everywhere else at once, even
            where you cannot get to the browser. You stay signed in here.
          </p>
          <ConfirmForm
            action={signOutEverywhereAction}
            fields={{ confirmed: "yes" }}
            label="Sign out of all other devices"
            title="Sign out of all other devices?"
            body={`Every other browser and device where ${actor.email} is signed in is signed out now, and anything not yet saved there is lost. You stay signed in here.`}
            confirmLabel="Sign out everywhere else"
          />
        </section>
      ) : null}
    </section>
  );
}
