/**
 * The engine's model issues name a field by its path into the model ("hosts[0].site"): exact, and
 * meaningless to whoever fills in the setup forms. This names the record the path starts in, as the
 * setup pages call it ("Host “esx01”"), and says what to do for the gap the forms let through: a
 * host or location saved without its site. Pure: the model built from the rows and its names come in.
 */
import type { ModelIssue, ModelNames } from "@/lib/engine";

export type NamedIssue = ModelIssue & { record?: string; fix?: string };

type Listed = { id?: unknown };
type Lists = Partial<Record<string, Listed[] | undefined>>;

const RECORDS: Record<string, { noun: string; names?: keyof ModelNames; page: string }> = {
  locations: { noun: "Backup location", names: "locations", page: "Setup → Locations" },
  hosts: { noun: "Host", names: "hosts", page: "Setup → Hosts" },
  backupPolicies: { noun: "Backup policy", names: "backupPolicies", page: "Setup → Policies" },
  systems: { noun: "System", page: "VM facts" },
  scenarios: { noun: "Scenario", page: "the Risks page" },
  consistencyGroups: { noun: "Consistency group", names: "consistencyGroups", page: "Priorities" },
};

export function nameIssues(issues: readonly ModelIssue[], model: unknown, names: ModelNames): NamedIssue[] {
  const lists = (model ?? {}) as Lists;
  return issues.map((issue) => {
    const match = /^(\w+)\[(\d+)\](?:\.(\w+))?/.exec(issue.path);
    const kind = match ? RECORDS[match[1]] : undefined;
    const id = match ? lists[match[1]]?.[Number(match[2])]?.id : undefined;
    if (!match || !kind || typeof id !== "string") return issue;
    const shown = (kind.names && names[kind.names]?.[id]) || id;
    const record = `${kind.noun} “${shown}”`;
    if (match[3] === "site" && (match[1] === "hosts" || match[1] === "locations") && issue.message === "is required") {
      const what = match[1] === "hosts" ? "host" : "location";
      return { ...issue, record, fix: `Choose its site under ${kind.page}: the engine needs it to know which disasters take the ${what} down.` };
    }
    return { ...issue, record };
  });
}
