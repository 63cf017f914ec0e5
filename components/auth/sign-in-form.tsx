"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { signInSchema } from "@/lib/auth/schemas";

type FieldErrors = { email?: string; password?: string };

/**
 * E-mail and password sign-in, plus the organisation's single sign-on when one is configured.
 * Both land on `destination` (already checked by the page: lib/auth/destination.ts).
 */
export function SignInForm({
  sso,
  destination,
  initialError,
  noOrganisation = null,
}: {
  sso: { id: string; name: string } | null;
  destination: string;
  initialError?: string;
  /** Set only when no organisation exists at all: a failed sign-in then says how to make one. */
  noOrganisation?: string | null;
}) {
  const [error, setError] = useState(initialError);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [pending, setPending] = useState(false);
  const router = useRouter();

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const credentials = { email: String(data.get("email") ?? ""), password: String(data.get("password") ?? "") };
    setError(undefined);
    // A missing or malformed field is named before anything is sent: it says nothing about accounts.
    const parsed = signInSchema.safeParse(credentials);
    if (!parsed.success) {
      const errors: FieldErrors = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0];
        if ((field === "email" || field === "password") && !errors[field]) errors[field] = issue.message;
      }
      setFieldErrors(errors);
      form.querySelector<HTMLInputElement>(`[name="${errors.email ? "email" : "password"}"]`)?.focus();
      return;
    }
    setFieldErrors({});
    setPending(true);
    const result = await signIn("credentials", { ...credentials, redirect: false });
    if (result?.ok && !result.error) {
      router.replace(destination);
      router.refresh();
      return;
    }
    setPending(false);
    // One message per kind of failure, the same whether or not the address has an account.
    setError(
      result?.error === "TooManyAttempts"
        ? "Too many sign-in attempts. Wait 15 minutes, then try again."
        : result?.error === "Unavailable"
          ? "Continuity is temporarily unavailable, so you could not be signed in. Try again in a minute."
          : (noOrganisation ?? "The e-mail or password is incorrect."),
    );
  }

  return (
    <div className="mt-6 space-y-4">
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        <TextField name="email" label="E-mail" type="email" autoComplete="username" required error={fieldErrors.email} />
        <TextField name="password" label="Password" type="password" autoComplete="current-password" required error={fieldErrors.password} />
        {error ? (
          <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
            {error}
          </p>
        ) : null}
        <Button type="submit" className="w-full" disabled={pending}>
          {pending ? "Signing in…" : "Sign in"}
        </Button>
      </form>
      {sso ? (
        <Button type="button" variant="secondary" className="w-full" onClick={() => signIn(sso.id, { callbackUrl: destination })}>
          Sign in with {sso.name}
        </Button>
      ) : null}
    </div>
  );
}
