// A validation problem: where it is (a field path such as
// "systems[2].dependsOn[0]") and what is wrong, in words.

export interface ModelIssue {
  path: string;
  message: string;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else if (typeof key === "string" && IDENTIFIER.test(key)) out += out === "" ? key : `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

/** "systems[2].host: unknown host "hv9"" — one line per problem, as the CLI prints them. */
export function formatIssue(issue: ModelIssue): string {
  return `${issue.path === "" ? "(model)" : issue.path}: ${issue.message}`;
}
