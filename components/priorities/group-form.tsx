"use client";

import { useActionState } from "react";
import { formKey, IDLE, type FormAction } from "@/lib/http/form-state";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/form-message";
import { VersionField } from "@/components/ui/version-field";
import { NameAndKeyFields } from "@/components/recovery/name-and-key-fields";
import { CheckboxGroup } from "@/components/ui/checkbox-group";

type Group = { id: string; version: number; key: string; name: string; maxSkewMinutes: number; systems: { id: string }[] };

/** Adds a consistency group (`taken`: the plan's group keys, for the key a blank one is made into), or edits one (with the version it started from). */
export function GroupForm({
  action,
  planId,
  systems,
  group,
  taken = [],
}: {
  action: FormAction;
  planId: string;
  systems: { id: string; name: string }[];
  group?: Group;
  taken?: readonly string[];
}) {
  const [state, formAction] = useActionState(action, IDLE);
  const values = state.status === "error" ? state.values : undefined;
  const prefix = group ? `group-${group.id}` : "group-new";
  return (
    <form action={formAction} className="space-y-3" aria-label={group ? `Edit ${group.name}` : "Add a consistency group"} noValidate key={formKey(state, group ? `v${group.version}` : "new")}>
      <input type="hidden" name="planId" value={planId} />
      {group ? (
        <>
          <input type="hidden" name="groupId" value={group.id} />
          <VersionField version={group.version} state={state} />
        </>
      ) : null}
      <NameAndKeyFields
        kind="group"
        adding={!group}
        taken={taken}
        name={{ id: `${prefix}-name`, label: "Group name", defaultValue: values?.name ?? group?.name ?? "", error: state.fieldErrors?.name }}
        keyField={{ id: `${prefix}-key`, label: "Key", defaultValue: values?.key ?? group?.key ?? "", error: state.fieldErrors?.key }}
        hint="Lower-case id, e.g. erp."
      />
      <TextField
        name="maxSkewMinutes"
        id={`${prefix}-skew`}
        label="Maximum skew (minutes, optional)"
        defaultValue={values?.maxSkewMinutes ?? (group ? String(group.maxSkewMinutes) : "0")}
        error={state.fieldErrors?.maxSkewMinutes}
        hint="How far apart in time the recovered copies may be. Minutes, or 4h, 1d."
      />
      <CheckboxGroup
        name="systemIds"
        legend="Systems"
        options={systems.map((system) => ({ id: system.id, label: system.name }))}
        selected={values ? (values.systemIds ?? "").split(",").filter(Boolean) : (group?.systems.map((system) => system.id) ?? [])}
        error={state.fieldErrors?.systemIds}
        empty="No systems in this plan yet: add them on the Systems page."
        filterable
        frame="list"
        columns={1}
      />
      <FormMessage state={state} />
      <SubmitButton>{group ? "Save group" : "Add group"}</SubmitButton>
    </form>
  );
}
