"use client";

import { useActionState } from "react";
import { IDLE, type FormAction } from "@/lib/http/form-state";
import { TextAreaField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/form-message";
import { VersionField } from "@/components/ui/version-field";

/**
 * Edits one section of the written plan, with that section's own version. `cleared`: what the
 * section shows once emptied, when that is not "Not written yet." (the Scope of a plan with a scope).
 */
export function SectionForm({
  action,
  planId,
  section,
  cleared,
}: {
  action: FormAction;
  planId: string;
  section: { key: string; title: string; guidance: string; body: string; version: number };
  cleared?: string;
}) {
  const [state, formAction] = useActionState(action, IDLE);
  const values = state.status === "error" ? state.values : undefined;
  return (
    <form
      action={formAction}
      className="space-y-2"
      aria-label={`Edit ${section.title}`}
      noValidate
      onSubmit={(event) => {
        // Saving an emptied section deletes what was written: asked first, like any other deletion.
        const body = (event.currentTarget.elements.namedItem("body") as HTMLTextAreaElement).value;
        if (!body.trim() && section.body.trim() && !window.confirm(`Clear ${section.title.toLowerCase()}? It will ${cleared ? `show ${cleared}` : "read “Not written yet.”"} until someone writes it again.`)) {
          event.preventDefault();
        }
      }}
    >
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="key" value={section.key} />
      <VersionField version={section.version} state={state} />
      <TextAreaField
        name="body"
        id={`section-${section.key}`}
        label={section.title}
        rows={8}
        defaultValue={values?.body ?? section.body}
        error={state.fieldErrors?.body}
        hint={`${section.guidance} Blank lines separate paragraphs; start lines with “- ” or “1. ” for lists.`}
      />
      <FormMessage state={state} />
      <SubmitButton>Save {section.title.toLowerCase()}</SubmitButton>
    </form>
  );
}
