import type { TargetFlag } from "@/lib/bia/target-checks";

/** The soundness flags of a function's targets, announced where they are shown. */
export function TargetFlags({ flags, live = false, id }: { flags: TargetFlag[]; live?: boolean; id?: string }) {
  return (
    <div id={id} role={live ? "status" : undefined} aria-live={live ? "polite" : undefined}>
      {flags.length ? (
        <ul className="space-y-1">
          {flags.map((flag) => (
            <li key={flag.code} className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900" data-flag={flag.code}>
              <span className="font-medium">Warning: </span>
              {flag.message}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
