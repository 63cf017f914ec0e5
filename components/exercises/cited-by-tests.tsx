import Link from "next/link";
import { citedRefusal, citingTestText, type CitedKind, type CitingTest } from "@/lib/exercises/citing-words";

/**
 * In place of a delete button: why the record cannot be deleted (the tests that name it, as the
 * refused deletion says it), with a link to each test.
 */
export function CitedByTests({ kind, name, planId, tests }: { kind: CitedKind; name: string; planId: string; tests: readonly CitingTest[] }) {
  return (
    <div className="space-y-2 text-sm">
      <p className="text-slate-700">{citedRefusal({ kind, name, tests })}</p>
      <ul className="list-disc pl-5">
        {tests.map((test) => (
          <li key={test.id}>
            <Link href={`/plans/${planId}/tests/${test.id}`} className="text-blue-800 underline">
              {citingTestText(test)}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
