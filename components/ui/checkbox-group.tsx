"use client";

import { useId, useState, type ReactNode } from "react";

type Option = { id: string; label: string; /** Said after the label, quieter (an approver's e-mail). */ detail?: string };

/** Lists longer than this get a filter box, where the group is `filterable`. */
const FILTER_FROM = 8;

const FRAME = { group: "rounded-md border border-slate-200 p-3", list: "", none: "" };
const LIST_FRAME = { group: "", list: "rounded-md border border-slate-300 bg-white px-2 py-1", none: "" };
const COLUMNS = { 1: "grid-cols-1", 2: "grid-cols-1 sm:grid-cols-2", 3: "grid-cols-1 sm:grid-cols-2 md:grid-cols-3" };
const HEIGHT = { none: "", short: "max-h-48 overflow-y-auto", tall: "max-h-64 overflow-y-auto" };
const LEGEND = { label: "px-1 text-sm font-medium text-slate-800", heading: "text-base font-semibold" };

/**
 * A labelled group of checkboxes for choosing several rows (a test's scope, a scenario's losses, a
 * function's dependencies, a policy's systems, a plan's approvers), submitted under one name, one
 * value per ticked box. With nothing to choose from it says `empty` (where the rows come from)
 * instead of an empty box. The boxes are uncontrolled: a form that React resets after its action
 * goes back to `selected`, which the caller gives as what was submitted after a refusal.
 *
 * A refusal marks the boxes, not the fieldset, which cannot take the focus a refused form gives
 * its first invalid control (focusFirstInvalid): each box is described by the message, so it is
 * said where the focus lands. Ids come from useId: one page may hold the same group in several
 * forms (a consistency group's, once per group).
 *
 * `filterable`: a long list gets a filter box (boxes it hides are still submitted) and a count of
 * the ticked ones. The rest is layout: `frame` borders the whole group or the list of boxes only,
 * `columns` from the small breakpoint up, `height` where the list starts to scroll, `legend` a
 * field's label or a section's heading, `hint` said with the group's name.
 */
export function CheckboxGroup({
  name,
  legend,
  options,
  selected,
  error,
  empty,
  hint,
  filterable = false,
  frame = "group",
  columns = 2,
  height = "short",
  legendStyle = "label",
}: {
  name: string;
  legend: string;
  options: Option[];
  selected: string[];
  error?: string;
  empty: ReactNode;
  hint?: ReactNode;
  filterable?: boolean;
  frame?: keyof typeof FRAME;
  columns?: keyof typeof COLUMNS;
  height?: keyof typeof HEIGHT;
  legendStyle?: keyof typeof LEGEND;
}) {
  const ids = useId();
  const errorId = `${ids}-error`;
  const hintId = `${ids}-hint`;
  const countId = `${ids}-count`;
  const [chosen, setChosen] = useState(() => options.filter((option) => selected.includes(option.id)).length);
  const [filter, setFilter] = useState("");
  const needle = filter.trim().toLowerCase();
  const shown = (option: Option) => needle === "" || option.label.toLowerCase().includes(needle);
  const visible = options.filter(shown).length;
  const counted = filterable && options.length > 0;
  const describedBy = [hint ? hintId : null, counted ? countId : null].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset
      className={`min-w-0 ${FRAME[frame]}`}
      aria-describedby={describedBy}
      onChange={(event) => setChosen(event.currentTarget.querySelectorAll(`input[type="checkbox"][name="${name}"]:checked`).length)}
    >
      <legend className={LEGEND[legendStyle]}>{legend}</legend>
      {hint ? (
        <p id={hintId} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      {options.length === 0 ? (
        <p className="mt-1 text-sm italic text-slate-500">{empty}</p>
      ) : (
        <>
          {filterable && options.length > FILTER_FROM ? (
            <input
              type="search"
              value={filter}
              onChange={(event) => setFilter(event.target.value)}
              aria-label={`Filter ${legend.toLowerCase()}`}
              placeholder="Filter"
              className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
            />
          ) : null}
          <ul className={`mt-1 grid gap-1 ${COLUMNS[columns]} ${HEIGHT[height]} ${LIST_FRAME[frame]}`}>
            {options.map((option) => (
              <li key={option.id} hidden={!shown(option)}>
                <label className="flex items-start gap-2 text-sm">
                  <input
                    type="checkbox"
                    id={`${ids}-${option.id}`}
                    name={name}
                    value={option.id}
                    defaultChecked={selected.includes(option.id)}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={error ? errorId : undefined}
                    className="mt-0.5"
                  />
                  <span className="min-w-0">
                    {option.label}
                    {option.detail ? <span className="text-slate-500 wrap-anywhere"> ({option.detail})</span> : null}
                  </span>
                </label>
              </li>
            ))}
            {visible === 0 ? <li className="text-sm italic text-slate-500">Nothing matches “{filter.trim()}”.</li> : null}
          </ul>
        </>
      )}
      {counted ? (
        <p id={countId} className="mt-1 text-xs text-slate-500">
          {chosen} of {options.length} chosen
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
