import { IMPACT_RATINGS, RATING_LABELS } from "@/lib/bia/impact";

/**
 * One cell of the impact grid a function's form edits: a select named `impact.<category>.<minutes>`,
 * empty for not rated. `intolerable`: its rating is at or past the organisation's threshold, which
 * the cell and the control itself show. A refused cell says its message under its control, which
 * it describes: the focus a refused form gives its first invalid control lands on the message.
 */
export function ImpactCell({
  name,
  label,
  rating,
  intolerable,
  error,
  onChange,
}: {
  name: string;
  /** The select's accessible name: its category and outage length. */
  label: string;
  rating: string;
  intolerable: boolean;
  error?: string;
  onChange: (rating: string) => void;
}) {
  return (
    <td className={`p-1 ${intolerable ? "bg-red-50" : ""}`}>
      <select
        id={name}
        name={name}
        aria-label={label}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${name}-error` : undefined}
        value={rating}
        onChange={(event) => onChange(event.target.value)}
        // Wide enough to read "Catastrophic" on a phone (the grid scrolls instead); an intolerable rating stands out in the control itself.
        className={`w-full min-w-28 rounded border px-1 py-1 text-sm ${intolerable ? "border-red-400 bg-red-50 font-medium text-red-900" : "border-slate-300 bg-white"}`}
      >
        <option value="">—</option>
        {IMPACT_RATINGS.map((r) => (
          <option key={r} value={r}>
            {RATING_LABELS[r]}
          </option>
        ))}
      </select>
      {error ? (
        <p id={`${name}-error`} className="mt-1 min-w-28 text-xs text-red-700">
          {error}
        </p>
      ) : null}
    </td>
  );
}
