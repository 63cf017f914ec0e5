"use client";

import { useEffect } from "react";
import { usePathname, useRouter } from "next/navigation";
import { IDLE, type FormState } from "@/lib/http/form-state";
import { useAnnouncer } from "@/components/ui/announcer";

/**
 * After an edit is saved, back to the list: the setup pages edit a record through `?edit=<id>`,
 * and once it is saved there is nothing left to do in its form, which otherwise stayed in edit
 * mode under the same URL. The URL drops its query (the form becomes "Add …" again; key it by
 * the record so that it starts afresh) and the page's announcer says the outcome, since the form
 * that would show it is gone. Returns the state for the form's own message: none while leaving.
 */
export function useBackToList(state: FormState, editing: boolean): FormState {
  const router = useRouter();
  const pathname = usePathname();
  const { announce } = useAnnouncer();
  const leaving = editing && state.status === "ok";
  useEffect(() => {
    if (!leaving) return;
    announce(state.message ?? "Saved.");
    router.replace(pathname, { scroll: false });
  }, [leaving, state, announce, router, pathname]);
  return leaving ? IDLE : state;
}
