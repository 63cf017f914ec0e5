/**
 * What the refusal to delete a record a test names says (docs/decisions/0042). Pure, so the
 * record's page and the refused deletion say the same thing.
 */
import { andList, count } from "@/lib/count";
import { formatDay } from "@/lib/days";

/** A test that names a record: in its scope, or (a system) in its measured restores. */
export type CitingTest = { id: string; title: string; conductedOn: Date; measuredRestores: number };

export type CitedKind = "system" | "scenario" | "function";

/** “SQL01 restore simulation” (22 Sep 2026, 1 measured restore) */
export function citingTestText(test: CitingTest): string {
  const measured = test.measuredRestores ? `, ${count(test.measuredRestores, "measured restore")}` : "";
  return `“${test.title}” (${formatDay(test.conductedOn)}${measured})`;
}

const WHERE: Record<CitedKind, { one: string; many: string }> = {
  system: { one: "the test's measured restores and scope", many: "those tests' measured restores and scope" },
  scenario: { one: "the test's scope", many: "those tests' scope" },
  function: { one: "the test's scope", many: "those tests' scope" },
};

/**
 * "SQL01 cannot be deleted: the test “…” (22 Sep 2026, 1 measured restore) records it, and a
 * recorded test is kept as it was. If it should no longer name SQL01, remove SQL01 from the
 * test's measured restores and scope first." Empty when no test names the record.
 */
export function citedRefusal({ kind, name, tests }: { kind: CitedKind; name: string; tests: readonly CitingTest[] }): string {
  if (tests.length === 0) return "";
  const one = tests.length === 1;
  return (
    `${name} cannot be deleted: ${one ? "the test" : "the tests"} ${andList(tests.map(citingTestText))} ${one ? "records" : "record"} it, ` +
    `and a recorded test is kept as it was. If ${one ? "it" : "they"} should no longer name ${name}, remove ${name} from ${one ? WHERE[kind].one : WHERE[kind].many} first.`
  );
}
