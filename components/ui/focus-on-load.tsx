"use client";

import { useEffect } from "react";
import { focusFirstInvalid } from "@/components/ui/focus-first-invalid";

/**
 * Takes the keyboard focus to what a GET form's submission led to, once the page it loads is in
 * place. Such a form loads a whole new page: focus would start at its top, and an outcome already
 * on the page when it loads is not announced. With `form`, focus goes to that form's first
 * refused field if it has one, as after a server action's refusal (FormMessage); else to the
 * element with the id `target`, which should take focus (a heading with tabIndex -1) so that it is
 * scrolled into view and read out.
 */
export function FocusOnLoad({ target, form }: { target: string; form?: string }) {
  useEffect(() => {
    const element = document.getElementById(target);
    if (!element) return;
    if (form) focusFirstInvalid({ form: document.getElementById(form), fallback: element });
    else element.focus();
  }, [target, form]);
  return null;
}
