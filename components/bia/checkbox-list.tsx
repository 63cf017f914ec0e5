"use client";

import { useId, useState } from "react";

type Option = { id: string; label: string };

/** Lists longer than this get a filter box. */
const FILTER_FROM = 8;

/**
 * Several choices as a fieldset of checkboxes, submitted under one name (one value per ticked
 * box, as a multiple select sends them). Unlike a native multiple select, a plain click changes
 * only the box clicked, so nothing is dropped by accident. Boxes the filter hides stay in the
 * form and are still submitted. A refusal marks the boxes, not the fieldset, which cannot take the
 * focus a refused form gives its first invalid control: each box says the message where it lands.
 */
export function CheckboxList({
  name,
  label,
  options,
  selected,
  error,
  empty,
}: {
  name: string;
  label: string;
  options: Option[];
  selected: string[];
  error?: string;
  empty: string;
}) {
  const [chosen, setChosen] = useState(() => new Set(selected));
  const [filter, setFilter] = useState("");
  const ids = useId();
  const errorId = `${ids}-error`;
  const countId = `${ids}-count`;
  const needle = filter.trim().toLowerCase();
  const shown = (option: Option) => needle === "" || option.label.toLowerCase().includes(needle);
  const visible = options.filter(shown).length;
  const toggle = (id: string, on: boolean) =>
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  return (
    <fieldset aria-describedby={options.length ? countId : undefined}>
      <legend className="block text-sm font-medium text-slate-800">{label}</legend>
      {options.length === 0 ? (
        <p className="mt-1 text-sm italic text-slate-500">{empty}</p>
      ) : (
        <>
          {options.length > FILTER_FROM ? (
            <input
              type="search"
              value={filter}
              onChange={(event) => setFilter(event.target.value)}
              aria-label={`Filter ${label.toLowerCase()}`}
              placeholder="Filter"
              className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
            />
          ) : null}
          <div className="mt-1 max-h-48 overflow-y-auto rounded-md border border-slate-300 bg-white px-2 py-1">
            {options.map((option) => (
              <label key={option.id} hidden={!shown(option)} className="flex items-start gap-2 py-0.5 text-sm">
                <input
                  type="checkbox"
                  id={`${ids}-${option.id}`}
                  name={name}
                  value={option.id}
                  checked={chosen.has(option.id)}
                  onChange={(event) => toggle(option.id, event.target.checked)}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? errorId : undefined}
                  className="mt-0.5"
                />
                <span>{option.label}</span>
              </label>
            ))}
            {visible === 0 ? <p className="py-0.5 text-sm italic text-slate-500">Nothing matches “{filter.trim()}”.</p> : null}
          </div>
        </>
      )}
      {options.length ? (
        <p id={countId} className="mt-1 text-xs text-slate-500">
          {chosen.size} of {options.length} chosen
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
