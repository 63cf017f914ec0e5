"use client";

import { useActionState } from "react";
import { IDLE, type FormAction, type FormState } from "@/lib/http/form-state";

/**
 * useActionState that also counts completed submissions. React resets a form after its action
 * runs, and a reset puts a <select> back on its first option rather than on its defaultValue;
 * keying the controls by the round remounts them with the right defaults.
 */
export function useFormRound(action: FormAction): [FormState, (formData: FormData) => void, number] {
  const [result, formAction] = useActionState(
    async (previous: { state: FormState; round: number }, formData: FormData) => ({
      state: await action(previous.state, formData),
      round: previous.round + 1,
    }),
    { state: IDLE, round: 0 },
  );
  return [result.state, formAction, result.round];
}
