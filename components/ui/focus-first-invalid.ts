/**
 * Where a refused form leaves the keyboard: on its first field marked invalid, whose message is
 * its description, so a screen reader says what to fix; else on `fallback` (the form's message).
 */
export function focusFirstInvalid({ form, fallback }: { form: Element | null; fallback: HTMLElement }): void {
  (form?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? fallback).focus();
}
