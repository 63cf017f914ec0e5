"use client";

import { startTransition } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { UNAVAILABLE_DIGEST } from "@/lib/errors";

/**
 * What an error boundary shows. Next hides server errors' messages in production, but keeps the
 * digest the server gave the error: an outage of the database (UNAVAILABLE_DIGEST) gets its own
 * message, anything else the generic one. Neither shows the error's details or digest.
 */
export function ErrorView({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const router = useRouter();
  const unavailable = error.digest === UNAVAILABLE_DIGEST;
  // Render the page again from the server (reset alone would only retry on the client).
  const retry = () =>
    startTransition(() => {
      router.refresh();
      reset();
    });
  return (
    <div role="alert" className={`rounded-lg border p-6 ${unavailable ? "border-amber-300 bg-amber-50" : "border-red-200 bg-red-50"}`}>
      <h1 className={`text-lg font-semibold ${unavailable ? "text-amber-900" : "text-red-900"}`}>
        {unavailable ? "Continuity is temporarily unavailable" : "Something went wrong"}
      </h1>
      <p className={`mt-1 text-sm ${unavailable ? "text-amber-900" : "text-red-800"}`}>
        {unavailable
          ? "Its database cannot be reached at the moment. Nothing you saved was lost. Try again in a minute."
          : "The page could not be shown. Nothing you saved was lost. Try again in a moment."}
      </p>
      <Button className="mt-4" variant="secondary" onClick={retry}>
        Try again
      </Button>
    </div>
  );
}
