"use client";

import { ErrorView } from "@/components/errors/error-view";

/**
 * Errors of the signed-in area's layout and of the sign-in page, which both read the member from
 * the database first: during an outage this is where "temporarily unavailable" is shown.
 */
export default function RootError(props: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="mx-auto max-w-2xl p-6 pt-16">
      <ErrorView {...props} />
    </main>
  );
}
