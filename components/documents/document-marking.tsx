/**
 * The organisation's classification marking (docs/decisions/0061), as a page carries it: on the
 * emergency sheet, and on every page printed from the app. Nothing when the organisation sets none.
 */
export function DocumentMarking({ marking, className = "" }: { marking: string; className?: string }) {
  if (!marking) return null;
  return (
    <p className={`rounded border border-slate-500 px-2 py-1 text-center text-sm font-semibold tracking-wide text-slate-900 ${className}`} data-marking>
      <span className="sr-only">Classification marking: </span>
      {marking}
    </p>
  );
}
