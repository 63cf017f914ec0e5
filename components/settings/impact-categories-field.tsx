"use client";

import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import { MAX_CATEGORY_LABEL, MAX_IMPACT_CATEGORIES, type ImpactCategory } from "@/lib/bia/impact";
import { Button, buttonClass } from "@/components/ui/button";

/** A row of the list as edited: `id` keeps React's identity (and focus) through moves; key "" is new. */
type Row = ImpactCategory & { id: number };

const INPUT = "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm aria-[invalid=true]:border-red-600";
const functionsRating = (n: number) => (n === 1 ? "1 function rates it" : `${n} functions rate it`);
const nameOf = (row: Row, index: number) => row.label.trim() || `category ${index + 1}`;
// An arrow at the end of the list is aria-disabled, not disabled: a disabled button drops the
// keyboard focus of a row just moved there to the page. It can go no further rather than being
// busy, so not the wait cursor that buttonClass gives aria-disabled buttons.
const END_ARROW = "[&[aria-disabled=true]]:cursor-not-allowed";

/** Asks before a saved category leaves the list, saying what happens to its ratings. */
function ConfirmRemoval({ row, name, rated, onRemove, onKeep }: { row: Row; name: string; rated: number; onRemove: () => void; onKeep: () => void }) {
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => confirm.current?.focus(), []);
  const id = `remove-category-${row.id}`;
  return (
    <div role="group" aria-labelledby={id} className="mt-2 rounded-md border border-amber-300 bg-amber-50 p-3">
      <p id={id} className="text-sm text-amber-900">
        Remove “{name}”?{" "}
        {rated > 0
          ? `${functionsRating(rated)}. Its ratings are kept but no longer show or count; adding a category with the same name again shows them again.`
          : "No function rates it."}
      </p>
      <div className="mt-2 flex gap-2">
        <button ref={confirm} type="button" className={buttonClass("danger")} onClick={onRemove}>
          Yes, remove {name}
        </button>
        <Button type="button" variant="secondary" onClick={onKeep}>
          Keep {name}
        </Button>
      </div>
    </div>
  );
}

/**
 * The organisation's impact categories as an ordered list to edit: rename in place, move up and
 * down, remove (a saved category only after confirming), add. Nothing is saved until the settings
 * form is; the rows go out as `categories.<n>.key` and `categories.<n>.label` in the order shown.
 */
export function ImpactCategoriesField({
  initial,
  ratedFunctions,
  errors,
}: {
  initial: ImpactCategory[];
  ratedFunctions: Record<string, number>;
  errors: Record<string, string>;
}) {
  const [rows, setRows] = useState<Row[]>(() => initial.map((c, id) => ({ ...c, id })));
  const nextId = useRef(initial.length);
  const [confirming, setConfirming] = useState<number | null>(null);
  const [newLabel, setNewLabel] = useState("");
  const [news, setNews] = useState("");
  const addInput = useRef<HTMLInputElement>(null);
  const full = rows.length >= MAX_IMPACT_CATEGORIES;

  const move = (index: number, by: -1 | 1) => {
    const to = index + by;
    if (to < 0 || to >= rows.length) return;
    const next = [...rows];
    [next[index], next[to]] = [next[to], next[index]];
    setRows(next);
    setNews(`${nameOf(rows[index], index)} moved to position ${to + 1} of ${rows.length}. Save the settings to keep it.`);
  };
  const remove = (row: Row, index: number) => {
    setRows(rows.filter((r) => r.id !== row.id));
    setConfirming(null);
    setNews(`${nameOf(row, index)} removed. Save the settings to keep the change.`);
    addInput.current?.focus();
  };
  // Keeping the category closes the question; focus goes back to the button that asked it.
  const keep = (row: Row) => {
    setConfirming(null);
    requestAnimationFrame(() => document.getElementById(`remove-category-button-${row.id}`)?.focus());
  };
  const add = () => {
    const label = newLabel.trim();
    if (!label || full) return;
    setRows([...rows, { id: nextId.current++, key: "", label }]);
    setNewLabel("");
    setNews(`${label} added as category ${rows.length + 1}. Save the settings to keep it.`);
  };
  // Enter in the new category's box adds it rather than saving the whole form.
  const addOnEnter = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== "Enter") return;
    event.preventDefault();
    add();
  };

  const listError = errors.categories;
  return (
    <fieldset className="space-y-3" aria-describedby={`categories-hint${listError ? " categories-error" : ""}`}>
      <legend className="text-sm font-medium text-slate-800">Impact categories</legend>
      <p id="categories-hint" className="text-xs text-slate-500">
        The rows of every function&apos;s impact grid, in this order. Renaming a category keeps its ratings; removing one keeps them
        hidden. At most {MAX_IMPACT_CATEGORIES}, names up to {MAX_CATEGORY_LABEL} characters.
      </p>
      {listError ? (
        <p id="categories-error" className="text-sm text-red-700">
          {listError}
        </p>
      ) : null}
      {rows.length === 0 ? <p className="text-sm text-slate-600">No categories: add at least one below.</p> : null}
      <ol className="space-y-2">
        {rows.map((row, index) => {
          const name = nameOf(row, index);
          const field = `categories.${index}.label`;
          const error = errors[field];
          return (
            <li key={row.id}>
              <input type="hidden" name={`categories.${index}.key`} value={row.key} />
              <div className="flex items-start gap-2">
                <div className="flex-1">
                  <label htmlFor={`category-${row.id}`} className="sr-only">
                    Name of impact category {index + 1}
                  </label>
                  <input
                    id={`category-${row.id}`}
                    name={field}
                    value={row.label}
                    onChange={(event) => setRows(rows.map((r) => (r.id === row.id ? { ...r, label: event.target.value } : r)))}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={error ? `category-${row.id}-error` : undefined}
                    className={INPUT}
                  />
                  {error ? (
                    <p id={`category-${row.id}-error`} className="mt-1 text-sm text-red-700">
                      {error}
                    </p>
                  ) : null}
                </div>
                <Button type="button" variant="secondary" className={END_ARROW} aria-label={`Move ${name} up`} aria-disabled={index === 0} onClick={() => move(index, -1)}>
                  ↑
                </Button>
                <Button
                  type="button"
                  variant="secondary"
                  className={END_ARROW}
                  aria-label={`Move ${name} down`}
                  aria-disabled={index === rows.length - 1}
                  onClick={() => move(index, 1)}
                >
                  ↓
                </Button>
                <Button
                  id={`remove-category-button-${row.id}`}
                  type="button"
                  variant="ghost"
                  aria-label={`Remove ${name}`}
                  aria-expanded={row.key ? confirming === row.id : undefined}
                  onClick={() => (row.key ? setConfirming(row.id) : remove(row, index))}
                >
                  Remove
                </Button>
              </div>
              {confirming === row.id ? (
                <ConfirmRemoval row={row} name={name} rated={ratedFunctions[row.key] ?? 0} onRemove={() => remove(row, index)} onKeep={() => keep(row)} />
              ) : null}
            </li>
          );
        })}
      </ol>
      <div className="flex items-end gap-2">
        <div className="flex-1">
          <label htmlFor="new-category" className="block text-sm font-medium text-slate-800">
            New impact category
          </label>
          <input
            id="new-category"
            ref={addInput}
            value={newLabel}
            onChange={(event) => setNewLabel(event.target.value)}
            onKeyDown={addOnEnter}
            disabled={full}
            aria-describedby={full ? "new-category-full" : undefined}
            className={`mt-1 ${INPUT}`}
          />
        </div>
        <Button type="button" variant="secondary" onClick={add} disabled={full || newLabel.trim() === ""}>
          Add category
        </Button>
      </div>
      {full ? (
        <p id="new-category-full" className="text-xs text-slate-500">
          The list is full: remove a category to add another.
        </p>
      ) : null}
      <p role="status" aria-live="polite" className="text-sm text-slate-700">
        {news}
      </p>
    </fieldset>
  );
}
