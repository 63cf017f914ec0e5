"use client";

import { signOut } from "next-auth/react";
import { useUnsavedChangesGuard } from "@/components/ui/unsaved-changes-guard";

export function SignOutButton() {
  const { confirmLeave } = useUnsavedChangesGuard();
  return (
    <button
      type="button"
      // Asked first: signing out ends the session before the page goes, so staying after the
      // browser's own prompt would leave the typed input on a page that can no longer save it.
      onClick={async () => {
        if (await confirmLeave()) await signOut({ callbackUrl: "/signin" });
      }}
      className="rounded-md px-2 py-1 text-sm text-slate-200 hover:bg-slate-700 hover:text-white"
    >
      Sign out
    </button>
  );
}
