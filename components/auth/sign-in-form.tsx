"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";

/** E-mail and password sign-in, plus the organisation's single sign-on when one is configured. */
export function SignInForm({ sso, initialError }: { sso: { id: string; name: string } | null; initialError?: string }) {
  const [error, setError] = useState(initialError);
  const [pending, setPending] = useState(false);
  const router = useRouter();

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(undefined);
    const result = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    });
    if (result?.ok && !result.error) {
      router.replace("/plans");
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
          : "The e-mail or password is incorrect.",
    );
  }

  return (
    <div className="mt-6 space-y-4">
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        <TextField name="email" label="E-mail" type="email" autoComplete="username" required />
        <TextField name="password" label="Password" type="password" autoComplete="current-password" required />
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
        <Button type="button" variant="secondary" className="w-full" onClick={() => signIn(sso.id, { callbackUrl: "/plans" })}>
          Sign in with {sso.name}
        </Button>
      ) : null}
    </div>
  );
}
