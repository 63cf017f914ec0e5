"use client";

import { useState } from "react";
import type { FormAction } from "@/lib/http/form-state";
import { useKeptForm } from "@/components/bia/use-kept-form";
import { DURATION_HINT, durationInput, formatDuration, parseDuration } from "@/lib/durations";
import { RATING_LABELS, ratingAtLeast, type ImpactCategory, type ImpactGrid, type ImpactRating } from "@/lib/bia/impact";
import { mtdNeedsReason, rtoNeedsReason, suggestTargets } from "@/lib/bia/suggest-targets";
import { checkTargets } from "@/lib/bia/target-checks";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { noDepartmentsHint } from "@/components/settings/no-departments-hint";
import { TargetFlags } from "@/components/bia/target-flags";
import { ImpactFlags } from "@/components/bia/impact-flags";
import { fallingImpacts } from "@/lib/bia/impact-checks";
import { VersionField } from "@/components/ui/version-field";
import { ScrollBox } from "@/components/ui/scroll-box";
import { ImpactCell } from "@/components/bia/impact-cell";
import type { ImpactAnalysis } from "@/lib/bia/impact-values";

type Option = { id: string; name: string };

export type EditableFunction = ImpactAnalysis & { id: string; version: number };

/** The id of the example under the targets, which describes each of them: what to type is said once for the row. */
const DURATION_EXAMPLE = "targets-duration-example";

/** Parsed minutes of a duration field, or null while it is empty or not yet a duration. */
const minutesOf = (text: string) => parseDuration(text) ?? null;

/** Takes a suggested target and keeps the keyboard focus on its field: the button goes once the two match. */
function takeSuggestion(event: React.MouseEvent<HTMLButtonElement>, field: string, apply: () => void) {
  apply();
  const input = event.currentTarget.form?.elements.namedItem(field);
  if (input instanceof HTMLElement) input.focus();
}

/**
 * The BIA of one function in one form: the impact grid, cost per hour and the targets. The MTD
 * and RTO suggestions and the soundness warnings update as the user types; a reason field
 * appears when the MTD differs from its suggestion or the RTO is longer than its suggestion.
 */
export function FunctionForm({
  action,
  planId,
  fn,
  categories,
  horizons,
  intolerable,
  products,
  departments,
  manageDepartments = false,
}: {
  action: FormAction;
  planId: string;
  fn: EditableFunction;
  /** The organisation's impact categories, in its order: one row of selects each. */
  categories: ImpactCategory[];
  horizons: number[];
  intolerable: ImpactRating;
  products: Option[];
  departments: Option[];
  /** Whether the member may add departments (org:settings): an empty select then links to where. */
  manageDepartments?: boolean;
}) {
  const { state, pending, onSubmit } = useKeptForm(action);
  const values = state.status === "error" ? state.values : undefined;
  const errors = state.fieldErrors ?? {};
  const [grid, setGrid] = useState<Record<string, Record<string, string>>>(fn.impactGrid as Record<string, Record<string, string>>);
  const [mtd, setMtd] = useState(durationInput(fn.mtdMinutes));
  const [rto, setRto] = useState(durationInput(fn.rtoMinutes));
  const [wrt, setWrt] = useState(durationInput(fn.wrtMinutes));

  const suggestion = suggestTargets({ grid: grid as ImpactGrid, categories, horizons, intolerable, wrtMinutes: minutesOf(wrt) });
  const impactFlags = fallingImpacts({ grid: grid as ImpactGrid, categories, horizons });
  const flags = checkTargets({ mtdMinutes: minutesOf(mtd), rtoMinutes: minutesOf(rto), wrtMinutes: minutesOf(wrt) });
  const mtdDiffers = mtdNeedsReason(minutesOf(mtd), suggestion);
  const rtoLooser = rtoNeedsReason(minutesOf(rto), suggestion);

  const setCell = (category: string, minutes: number, rating: string) =>
    setGrid((current) => {
      const row = { ...(current[category] ?? {}) };
      if (rating) row[String(minutes)] = rating;
      else delete row[String(minutes)];
      return { ...current, [category]: row };
    });

  return (
    <form onSubmit={onSubmit} className="space-y-6" aria-labelledby="bia-form-heading" noValidate>
      <h2 id="bia-form-heading" className="text-lg font-semibold">
        Impact analysis
      </h2>
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="functionId" value={fn.id} />
      <VersionField version={fn.version} state={state} />

      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <TextField name="name" label="Function name" required maxLength={120} defaultValue={values?.name ?? fn.name} error={errors.name} />
        <TextField
          name="costPerHour"
          label="Cost of an outage per hour (£, optional)"
          inputMode="decimal"
          defaultValue={values?.costPerHour ?? (fn.costPerHour === null ? "" : String(fn.costPerHour))}
          error={errors.costPerHour}
        />
        <SelectField
          name="productId"
          label="Product or service (optional)"
          defaultValue={values?.productId ?? fn.productId ?? ""}
          error={errors.productId}
          options={[{ value: "", label: "—" }, ...products.map((p) => ({ value: p.id, label: p.name }))]}
        />
        <SelectField
          name="departmentId"
          label="Department (optional)"
          defaultValue={values?.departmentId ?? fn.departmentId ?? ""}
          error={errors.departmentId}
          hint={noDepartmentsHint(departments, manageDepartments)}
          options={[{ value: "", label: "—" }, ...departments.map((d) => ({ value: d.id, label: d.name }))]}
        />
      </div>
      <TextAreaField name="description" label="Description (optional)" rows={2} defaultValue={values?.description ?? fn.description} error={errors.description} />

      {/* min-w-0: a fieldset is at least as wide as its content, so the grid pushed the page past a phone's width instead of scrolling. */}
      <fieldset className="min-w-0">
        <legend className="text-base font-semibold">Impact over time</legend>
        <p className="text-sm text-slate-600">
          Rate each kind of impact if the function stopped for each outage length. “{RATING_LABELS[intolerable]}” or worse is intolerable.
        </p>
        <ScrollBox className="mt-2">
          <table className="w-full border-collapse bg-white text-sm">
            <caption className="sr-only">Impact ratings by category and outage length</caption>
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className="p-2 text-left">Category</th>
                {horizons.map((h) => (
                  <th key={h} scope="col" className="p-2 text-left">
                    {formatDuration(h)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {categories.map(({ key, label }) => (
                <tr key={key} className="border-t border-slate-200">
                  <th scope="row" className="p-2 text-left font-medium">
                    {label}
                  </th>
                  {horizons.map((h) => {
                    const rating = grid[key]?.[String(h)] ?? "";
                    const name = `impact.${key}.${h}`;
                    return (
                      <ImpactCell
                        key={h}
                        name={name}
                        label={`${label} impact after ${formatDuration(h)}`}
                        rating={rating}
                        intolerable={rating !== "" && ratingAtLeast(rating as ImpactRating, intolerable)}
                        error={errors[name]}
                        onChange={(value) => setCell(key, h, value)}
                      />
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
        <ImpactFlags messages={impactFlags} live />
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-base font-semibold">Recovery targets</legend>
        <div role="status" aria-live="polite" className="rounded-md bg-blue-50 px-3 py-2 text-sm text-blue-900" data-testid="suggestion">
          {suggestion.mtdMinutes === null
            ? "No suggestion yet: no outage length is rated intolerable."
            : `Suggested MTD: ${formatDuration(suggestion.mtdMinutes)}. Suggested RTO: ${
                suggestion.rtoMinutes === null ? "none (the WRT uses up the whole MTD)" : formatDuration(suggestion.rtoMinutes)
              }.`}
        </div>
        <div className="grid grid-cols-1 gap-4 md:grid-cols-4">
          <div>
            <TextField
              name="mtdMinutes"
              label="MTD (optional)"
              value={mtd}
              onChange={(e) => setMtd(e.target.value)}
              error={errors.mtdMinutes}
              hint="Maximum tolerable downtime."
              aria-describedby={DURATION_EXAMPLE}
            />
            {suggestion.mtdMinutes !== null && minutesOf(mtd) !== suggestion.mtdMinutes ? (
              <Button type="button" variant="ghost" className="mt-1 text-xs" onClick={(event) => takeSuggestion(event, "mtdMinutes", () => setMtd(durationInput(suggestion.mtdMinutes)))}>
                Use suggested MTD
              </Button>
            ) : null}
          </div>
          <div>
            <TextField
              name="rtoMinutes"
              label="RTO (optional)"
              value={rto}
              onChange={(e) => setRto(e.target.value)}
              error={errors.rtoMinutes}
              hint="Systems back within."
              aria-describedby={DURATION_EXAMPLE}
            />
            {suggestion.rtoMinutes !== null && minutesOf(rto) !== suggestion.rtoMinutes ? (
              <Button type="button" variant="ghost" className="mt-1 text-xs" onClick={(event) => takeSuggestion(event, "rtoMinutes", () => setRto(durationInput(suggestion.rtoMinutes)))}>
                Use suggested RTO
              </Button>
            ) : null}
          </div>
          <TextField
            name="wrtMinutes"
            label="WRT (optional)"
            value={wrt}
            onChange={(e) => setWrt(e.target.value)}
            error={errors.wrtMinutes}
            hint="Work recovery time."
            aria-describedby={DURATION_EXAMPLE}
          />
          <TextField
            name="rpoMinutes"
            label="RPO (optional)"
            defaultValue={values?.rpoMinutes ?? durationInput(fn.rpoMinutes)}
            error={errors.rpoMinutes}
            hint="Most data it may lose."
            aria-describedby={DURATION_EXAMPLE}
          />
        </div>
        <p id={DURATION_EXAMPLE} className="text-xs text-slate-500">
          {DURATION_HINT}
        </p>
        <TargetFlags flags={flags} live id="targets-flags" />
        {mtdDiffers || errors.mtdOverrideReason ? (
          <TextAreaField
            name="mtdOverrideReason"
            label={`Why the MTD differs from the suggested ${formatDuration(suggestion.mtdMinutes)}`}
            required
            rows={2}
            defaultValue={values?.mtdOverrideReason ?? fn.mtdOverrideReason}
            error={errors.mtdOverrideReason}
          />
        ) : null}
        {rtoLooser || errors.rtoOverrideReason ? (
          <TextAreaField
            name="rtoOverrideReason"
            label={`Why the RTO is longer than the suggested ${formatDuration(suggestion.rtoMinutes)}`}
            required
            rows={2}
            defaultValue={values?.rtoOverrideReason ?? fn.rtoOverrideReason}
            error={errors.rtoOverrideReason}
          />
        ) : null}
      </fieldset>
      <FormMessage state={state} />
      {/* aria-disabled, not disabled: a disabled button drops the keyboard focus to the page. */}
      <Button type="submit" aria-disabled={pending} onClick={(event) => pending && event.preventDefault()}>
        {pending ? "Saving…" : "Save impact analysis"}
      </Button>
    </form>
  );
}
