import { formatBytes } from "@/lib/exercises/attachment-rules";
import { formatDay } from "@/lib/days";
import type { VersionEvidence } from "@/lib/versions/version-evidence";

type Entry = VersionEvidence & { held: boolean; removedAt: Date | null };

/**
 * The evidence files a version lists, as frozen, each downloadable from the version itself, so
 * whoever reads an approved version can check its evidence even after the committee removed a
 * file from the current plan (decision 18).
 */
export function VersionEvidenceList({ evidence, baseUrl }: { evidence: Entry[]; baseUrl: string }) {
  if (evidence.length === 0) return <p className="text-sm text-slate-600">No evidence files were attached to the tests in this version.</p>;
  return (
    <ul className="divide-y divide-slate-200 rounded-md border border-slate-200 bg-white" data-testid="version-evidence">
      {evidence.map((e) => (
        <li key={`${e.testId}-${e.id}`} className="space-y-1 p-3 text-sm" data-evidence={e.fileName}>
          {e.held ? (
            <a href={`${baseUrl}/${e.id}`} className="font-medium text-blue-700 underline" download>
              {e.fileName}
            </a>
          ) : (
            <p className="font-medium">{e.fileName}</p>
          )}
          <p className="text-xs text-slate-500">
            Test “{e.testTitle}” · {e.contentType} · {formatBytes(e.sizeBytes)}
          </p>
          <p className="break-all font-mono text-xs text-slate-600">SHA-256 {e.sha256}</p>
          {!e.held ? (
            <p className="text-xs text-amber-900">This file is no longer stored: it was deleted before evidence was kept for the versions that list it.</p>
          ) : e.removedAt ? (
            <p className="text-xs text-slate-600">Removed from the current plan on {formatDay(e.removedAt)}; kept because this version lists it.</p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
