"use client";

import { useActionState, useTransition, type FormEvent } from "react";
import { IDLE, type FormAction } from "@/lib/http/form-state";

/**
 * Runs a server action from a form's submit event instead of its action prop. React resets a
 * form after its action prop runs, which would put controlled selects out of step with the
 * state behind them; submitted this way, the form keeps exactly what the user sees.
 */
export function useKeptForm(action: FormAction) {
  const [state, formAction] = useActionState(action, IDLE);
  const [pending, startTransition] = useTransition();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  };
  return { state, pending, onSubmit };
}
