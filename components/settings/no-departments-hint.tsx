import Link from "next/link";

/**
 * Said under a Department select that has nothing to offer: where departments come from, with a
 * link for a member who may add them (org:settings) and whom to ask for anyone else.
 */
export function noDepartmentsHint(departments: readonly unknown[], manage: boolean) {
  if (departments.length > 0) return undefined;
  return manage ? (
    <>
      No departments yet:{" "}
      <Link href="/settings/departments" className="text-blue-700 underline">
        add them in Settings
      </Link>
      .
    </>
  ) : (
    "No departments yet: an administrator adds them in Settings."
  );
}
