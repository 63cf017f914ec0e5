/**
 * A labelled group of checkboxes for choosing several rows of a register. With nothing to
 * choose from it says where the rows come from instead of showing an empty box. A refusal marks
 * its boxes, not the fieldset, which cannot take the focus a refused form gives its first
 * invalid control: each box says the message where the focus lands.
 */
export function CheckboxGroup({
  name,
  legend,
  options,
  selected,
  empty,
  error,
}: {
  name: string;
  legend: string;
  options: { id: string; name: string }[];
  selected: string[];
  empty: string;
  error?: string;
}) {
  return (
    <fieldset className="rounded-md border border-slate-200 p-3">
      <legend className="px-1 text-sm font-medium text-slate-800">{legend}</legend>
      {options.length === 0 ? (
        <p className="text-sm italic text-slate-500">{empty}</p>
      ) : (
        <ul className="grid grid-cols-1 max-h-48 gap-1 overflow-y-auto sm:grid-cols-2">
          {options.map((option) => (
            <li key={option.id}>
              <label className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  id={`${name}-${option.id}`}
                  name={name}
                  value={option.id}
                  defaultChecked={selected.includes(option.id)}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `${name}-error` : undefined}
                />
                {option.name}
              </label>
            </li>
          ))}
        </ul>
      )}
      {error ? (
        <p id={`${name}-error`} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
