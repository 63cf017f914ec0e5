import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/context";
import { can } from "@/lib/auth/permissions";
import { permittedPageMetadata } from "@/lib/http/page-metadata";
import { hasPassword } from "@/lib/members/has-password";
import { ChangePasswordForm } from "@/components/members/change-password-form";
import { changePasswordAction } from "./actions";

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
    </section>
  );
}
