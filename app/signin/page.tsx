import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/context";
import { SSO_EMAIL_NOT_VERIFIED } from "@/lib/auth/auth-options";
import { env, oidcEnabled } from "@/lib/env";
import { SignInForm } from "@/components/auth/sign-in-form";
import { signInDestination } from "@/lib/auth/destination";
import { noOrganisationMessage } from "@/lib/auth/no-organisation-yet";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

const ERRORS: Record<string, string> = {
  AccessDenied: "Your account is not a member of an organisation here. Ask an administrator to add you.",
  SessionRequired: "Please sign in to continue.",
  [SSO_EMAIL_NOT_VERIFIED]: "Your identity provider has not verified your e-mail address, so it cannot be matched to a member. Verify it there, then try again.",
};

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ error?: string; callbackUrl?: string | string[] }> }) {
  const { error, callbackUrl } = await searchParams;
  // The page a signed-out visit asked for (requireActor adds it), followed only if it is safe.
  const destination = signInDestination(callbackUrl);
  if (await currentActor()) redirect(destination);
  const sso = oidcEnabled() ? { id: "oidc", name: env().OIDC_DISPLAY_NAME } : null;
  const noOrganisation = await noOrganisationMessage();
  return (
    <main className="flex min-h-screen items-center justify-center p-6">
      <div className="w-full max-w-sm rounded-lg border border-slate-200 bg-white p-8 shadow-sm">
        <h1 className="text-2xl font-semibold">Continuity</h1>
        <p className="mt-1 text-sm text-slate-600">Sign in to your organisation&apos;s continuity plans.</p>
        {noOrganisation ? <p className="mt-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">{noOrganisation}</p> : null}
        <SignInForm
          sso={sso}
          destination={destination}
          initialError={error ? (ERRORS[error] ?? "Sign-in failed. Please try again.") : undefined}
          noOrganisation={noOrganisation}
        />
      </div>
    </main>
  );
}
