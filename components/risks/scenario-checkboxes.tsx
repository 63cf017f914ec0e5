import type { ReactNode } from "react";

/**
 * A scenario's choice of several rows (lost hosts, lost sites, causing threats) as a group of
 * checkboxes. A refusal marks its boxes, not the fieldset, which cannot take the focus a refused
 * form gives its first invalid control: each box says the message where the focus lands.
 */
export function ScenarioCheckboxes({
  name,
  legend,
  options,
  checked,
  error,
  empty = "None recorded yet.",
}: {
  name: string;
  legend: string;
  options: { id: string; label: string }[];
  checked: string[];
  error?: string;
  /** What to say, and where to go, when there is nothing to choose yet. */
  empty?: ReactNode;
}) {
  return (
    <fieldset>
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      {options.length === 0 ? <p className="mt-1 text-sm text-slate-600">{empty}</p> : null}
      <div className="mt-1 grid grid-cols-1 gap-1 sm:grid-cols-2">
        {options.map((option) => (
          <label key={option.id} className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              id={`${name}-${option.id}`}
              name={name}
              value={option.id}
              defaultChecked={checked.includes(option.id)}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${name}-error` : undefined}
            />
            {option.label}
          </label>
        ))}
      </div>
      {error ? (
        <p id={`${name}-error`} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
