import type { InputHTMLAttributes, ReactNode, Ref, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

const CONTROL =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm aria-[invalid=true]:border-red-600";

/**
 * `hint` may hold a link (e.g. to where a select's options are made); it describes the control all
 * the same. `aria-describedby` adds the ids of text the control shares with others (an example
 * under a row of fields), read after its own hint and before its error. A `required` field is
 * announced as such; the form's convention is that an optional field's label says "(optional)".
 */
type Common = { name: string; label: string; error?: string; hint?: ReactNode; "aria-describedby"?: string };

function Described({ name, error, hint }: { name: string; error?: string; hint?: ReactNode }) {
  return (
    <>
      {hint ? (
        <p id={`${name}-hint`} className="mt-1 text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${name}-error`} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </>
  );
}

function describedBy(name: string, error?: string, hint?: ReactNode, shared?: string): string | undefined {
  const ids = [hint ? `${name}-hint` : null, shared || null, error ? `${name}-error` : null].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

/**
 * A labelled input whose error is announced to screen readers and tied to the control. Pass `id`
 * when the same field name appears in several forms on one page.
 */
export function TextField({ name, label, error, hint, id = name, "aria-describedby": shared, ...props }: Common & InputHTMLAttributes<HTMLInputElement> & { ref?: Ref<HTMLInputElement> }) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <input
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint, shared)}
        className={CONTROL}
        {...props}
      />
      <Described name={id} error={error} hint={hint} />
    </div>
  );
}

export function TextAreaField({ name, label, error, hint, id = name, "aria-describedby": shared, ...props }: Common & TextareaHTMLAttributes<HTMLTextAreaElement> & { ref?: Ref<HTMLTextAreaElement> }) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <textarea
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint, shared)}
        className={CONTROL}
        {...props}
      />
      <Described name={id} error={error} hint={hint} />
    </div>
  );
}

/**
 * A labelled select. An uncontrolled one is keyed by its defaultValue: React applies a select's
 * defaultValue only when it mounts, and resets a form after its action runs to the options
 * selected then, so a select whose default changed since (what a refused save submitted, what a
 * save stored) would go back to the first default while the text fields beside it kept theirs.
 * Remounted, it starts from its current default, and a reset keeps it there.
 */
export function SelectField({
  name,
  label,
  error,
  hint,
  options,
  id = name,
  "aria-describedby": shared,
  ...props
}: Common & SelectHTMLAttributes<HTMLSelectElement> & { options: { value: string; label: string }[] }) {
  const key = props.value === undefined ? JSON.stringify(props.defaultValue ?? null) : undefined;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <select
        key={key}
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint, shared)}
        className={CONTROL}
        {...props}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <Described name={id} error={error} hint={hint} />
    </div>
  );
}

/**
 * A labelled checkbox, the label beside the box and the hint under both. Ticked, it sends "on"
 * (lib/validation.ts checkboxField reads it); not ticked, nothing.
 */
export function CheckboxField({ name, label, error, hint, id = name, "aria-describedby": shared, ...props }: Common & Omit<InputHTMLAttributes<HTMLInputElement>, "type">) {
  return (
    <div>
      <div className="flex items-start gap-2">
        <input
          type="checkbox"
          id={id}
          name={name}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, error, hint, shared)}
          className="mt-0.5 h-4 w-4 shrink-0"
          {...props}
        />
        <label htmlFor={id} className="text-sm font-medium text-slate-800">
          {label}
        </label>
      </div>
      <Described name={id} error={error} hint={hint} />
    </div>
  );
}
