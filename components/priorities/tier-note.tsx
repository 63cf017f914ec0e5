import type { TierNote } from "@/lib/priorities/tier-check";

/** How a tier set by hand squares with the function's RTO: a warning, or information only. */
export function TierNoteText({ note, className = "" }: { note: TierNote | null; className?: string }) {
  if (!note) return null;
  const warning = note.level === "warning";
  return (
    <p
      className={`rounded-md px-2 py-1 ${warning ? "bg-amber-50 text-amber-900" : "bg-slate-100 text-slate-700"} ${className}`}
      data-flag={note.code}
    >
      <span className="font-medium">{warning ? "Warning: " : "Note: "}</span>
      {note.message}
    </p>
  );
}
