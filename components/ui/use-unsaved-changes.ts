"use client";

import { useEffect, type RefObject } from "react";
import type { FormState } from "@/lib/http/form-state";
import { useUnsavedChangesGuard } from "@/components/ui/unsaved-changes-guard";

/**
 * Puts the form holding `ref` under the page's unsaved-changes guard (UnsavedChangesGuard): it
 * counts as changed while what it would submit differs from what it held when it appeared or
 * last saved (a "Nothing changed" answer included). A refused save keeps it changed, as the
 * typed input is still unsaved. FormMessage calls it, so every form that shows its outcome is
 * guarded; a search or filter form, which shows none, is not.
 */
export function useUnsavedChanges(ref: RefObject<HTMLElement | null>, state: Pick<FormState, "status">) {
  const { track } = useUnsavedChangesGuard();
  useEffect(() => {
    const form = ref.current?.closest("form");
    return form ? track({ form, refused: state.status === "error" }) : undefined;
  }, [ref, state, track]);
}
