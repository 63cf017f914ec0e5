/**
 * A labelled group of checkboxes for choosing several rows of a register. With nothing to
 * choose from it says where the rows come from instead of showing an empty box.
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
    <fieldset className="rounded-md border border-slate-200 p-3" aria-describedby={error ? `${name}-error` : undefined}>
      <legend className="px-1 text-sm font-medium text-slate-800">{legend}</legend>
      {options.length === 0 ? (
        <p className="text-sm italic text-slate-500">{empty}</p>
      ) : (
        <ul className="grid grid-cols-1 max-h-48 gap-1 overflow-y-auto sm:grid-cols-2">
          {options.map((option) => (
            <li key={option.id}>
              <label className="flex items-center gap-2 text-sm">
                <input type="checkbox" id={`${name}-${option.id}`} name={name} value={option.id} defaultChecked={selected.includes(option.id)} />
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
