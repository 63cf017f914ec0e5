"use client";

import { useRef, useState, type FormEvent } from "react";
import { IDLE, type FormState } from "@/lib/http/form-state";

/**
 * A form that sends one chosen file to a route handler and shows its answer (form state as JSON).
 * `check` refuses a file in the browser first (none chosen, too large), so nobody waits for an
 * upload the server would refuse; the server checks again. Its refusal is the file field's
 * message alone, said once, where the focus goes. After a save the form is reset.
 */
export function useFileUpload({
  url,
  check,
  request,
  onSaved,
}: {
  url: string;
  check: (file: File | undefined) => string | null;
  request: (form: HTMLFormElement, file: File) => RequestInit;
  onSaved?: () => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<FormState>(IDLE);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const file = input.current?.files?.[0];
    const refused = check(file);
    if (refused) return setState({ status: "error", fieldErrors: { file: refused } });
    if (!file) return;
    setPending(true);
    try {
      const response = await fetch(url, { method: "POST", ...request(form, file) });
      const result = (await response.json()) as FormState;
      setState(result);
      if (result.status === "ok") {
        form.reset();
        onSaved?.();
      }
    } catch {
      setState({ status: "error", message: "The file did not reach the server. Check your connection and try again." });
    } finally {
      setPending(false);
    }
  }

  return { input, state, pending, submit };
}
