"use client";

import { formKey, type FormAction } from "@/lib/http/form-state";
import { SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/form-message";
import { useRecordForm } from "@/components/recovery/setup/use-record-form";
import { useBackToList } from "@/components/recovery/setup/use-back-to-list";
import { SITE_KINDS, siteKindLabel } from "@/lib/recovery/setup/schemas";
import { VersionField } from "@/components/ui/version-field";

/**
 * The kinds to pick from. A stored kind the list no longer has stays selected (the server then
 * asks for one of the list) rather than the select quietly showing, and saving, the first kind.
 */
function kindOptions(stored: string | undefined) {
  const kinds: string[] = [...SITE_KINDS];
  if (stored && !kinds.includes(stored)) kinds.push(stored);
  return kinds.map((k) => ({ value: k, label: siteKindLabel(k) }));
}

export function SiteForm({ action, planId, site }: { action: FormAction; planId: string; site: { id: string; version: number; name: string; address: string; kind: string } | null }) {
  const { state, formAction, value, error } = useRecordForm(action);
  const shown = useBackToList(state, site !== null);
  const s = site;
  return (
    <form action={formAction} noValidate className="grid grid-cols-1 gap-3 md:grid-cols-3" aria-label={s ? `Edit site ${s.name}` : "Add a site"} key={formKey(state, s ? `${s.id}-${s.version}` : "new")}>
      <input type="hidden" name="planId" value={planId} />
      {s ? <input type="hidden" name="siteId" value={s.id} /> : null}
      {s ? <VersionField version={s.version} state={state} /> : null}
      <TextField name="name" label="Name" required hint="How scenarios, the readiness pages and reports name it." defaultValue={value("name", s?.name)} error={error("name")} />
      <TextField name="address" label="Address (optional)" defaultValue={value("address", s?.address)} error={error("address")} />
      <SelectField name="kind" label="Kind" required defaultValue={value("kind", s?.kind ?? "office")} error={error("kind")} options={kindOptions(s?.kind)} />
      <div className="space-y-2 md:col-span-3">
        <FormMessage state={shown} />
        <SubmitButton>{s ? "Save site" : "Add site"}</SubmitButton>
      </div>
    </form>
  );
}
