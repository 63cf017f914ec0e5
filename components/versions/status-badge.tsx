import type { ApprovalStatus } from "@/lib/versions/approval-status";
import { versionStatusWords } from "@/lib/versions/status-words";

const TONES: Record<ApprovalStatus["tone"], string> = {
  neutral: "bg-slate-100 text-slate-700",
  info: "bg-blue-100 text-blue-900",
  ok: "bg-green-100 text-green-900",
  warning: "bg-amber-100 text-amber-900",
  danger: "bg-red-100 text-red-900",
};

/** The plan's approval status wherever the plan is shown. */
export function ApprovalBadge({ status }: { status: Pick<ApprovalStatus, "label" | "tone"> }) {
  return (
    <span data-testid="approval-status" className={`inline-block rounded px-2 py-0.5 text-xs font-medium ${TONES[status.tone]}`}>
      {status.label}
    </span>
  );
}

const VERSION_TONES: Record<string, string> = {
  submitted: "bg-blue-100 text-blue-900",
  approved: "bg-green-100 text-green-900",
  rejected: "bg-red-100 text-red-900",
  withdrawn: "bg-slate-100 text-slate-700",
  superseded: "bg-slate-100 text-slate-700",
};

export function VersionStatus({ status }: { status: string }) {
  return <span className={`inline-block rounded px-2 py-0.5 text-xs font-medium ${VERSION_TONES[status] ?? ""}`}>{versionStatusWords(status)}</span>;
}
