import Link from "next/link";
import type { NamedIssue } from "@/lib/recovery/issue-records";

/** The engine's validation issues, in place of results: each names the field to fix. */
export function ModelIssues({ issues, planId }: { issues: NamedIssue[]; planId: string }) {
  return (
    <section role="alert" aria-labelledby="model-issues-heading" className="rounded-lg border border-red-300 bg-red-50 p-5">
      <h2 id="model-issues-heading" tabIndex={-1} className="text-lg font-semibold text-red-900">
        The recovery model cannot be assessed yet
      </h2>
      <p className="mt-1 text-sm text-red-900">
        Fix these {issues.length === 1 ? "entry" : `${issues.length} entries`} in{" "}
        <Link className="underline" href={`/plans/${planId}/recovery/setup`}>
          locations, hosts and policies
        </Link>{" "}
        (or the scenarios on the Risks page); each names the record, and its path the field.
      </p>
      <ul className="mt-3 space-y-1 text-sm">
        {issues.map((issue, i) => (
          <li key={i}>
            {issue.record ? <strong className="font-semibold text-red-900">{issue.record}: </strong> : null}
            <code className="rounded bg-white px-1 text-red-900">{issue.path || "model"}</code> {issue.message}
            {issue.fix ? <span className="text-red-900">. {issue.fix}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
