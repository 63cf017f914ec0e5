"use client";

import { useEffect, useRef, useState } from "react";
import { TextField } from "@/components/ui/field";
import { keyFromName, slugify, type KeyKind } from "@/lib/slug";

/** What each kind's hint shows a key made from. */
const EXAMPLES: Record<KeyKind, string> = { location: "Synology NAS", host: "Hyper-V host 1", policy: "Nightly to NAS", scenario: "Site loss", group: "ERP and its database" };

type Field = { id?: string; label: string; defaultValue: string; error?: string };

/**
 * A record's Name and Key fields: the key is the record's id in the recovery model. Adding, the key
 * may be left blank and is then made from the name on save (lib/slug.ts); its hint says which key
 * the name typed so far makes, with the same function, `taken` being the plan's keys of that kind
 * (so a second "NAS" reads nas-2; a save at the same moment may still take the next one), which
 * begins "Optional:". Editing, the key is required: changing it renames the record in the model.
 */
export function NameAndKeyFields({
  kind,
  adding,
  name,
  keyField,
  hint,
  taken = [],
}: {
  kind: KeyKind;
  adding: boolean;
  name: Field;
  keyField: Field;
  /** The key's hint when editing; adding, it follows the sentence about leaving the key blank. */
  hint: string;
  taken?: readonly string[];
}) {
  const nameInput = useRef<HTMLInputElement>(null);
  const [typedName, setTypedName] = useState(name.defaultValue);
  // A form action resets the form after it runs, and an add form that saved is not remounted: the
  // name goes back to its default, so must the key it previews.
  useEffect(() => {
    const input = nameInput.current;
    const form = input?.form;
    if (!input || !form) return;
    const onReset = () => setTypedName(input.defaultValue);
    form.addEventListener("reset", onReset);
    return () => form.removeEventListener("reset", onReset);
  }, []);
  const example = EXAMPLES[kind];
  const made = typedName.trim() ? keyFromName(typedName, kind, taken) : null;
  const blank = made ? (
    <>
      Optional: leave blank to use <span className="font-mono">{made}</span>, made from the name.
    </>
  ) : (
    <>
      Optional: leave blank to make one from the name (e.g. “{example}” → <span className="font-mono">{slugify(example)}</span>).
    </>
  );
  return (
    <>
      <TextField
        ref={nameInput}
        id={name.id}
        name="name"
        label={name.label}
        required
        defaultValue={name.defaultValue}
        error={name.error}
        onChange={adding ? (event) => setTypedName(event.currentTarget.value) : undefined}
      />
      <TextField
        id={keyField.id}
        name="key"
        label={keyField.label}
        required={!adding}
        defaultValue={keyField.defaultValue}
        error={keyField.error}
        hint={
          adding ? (
            <>
              {blank} {hint}
            </>
          ) : (
            hint
          )
        }
      />
    </>
  );
}
