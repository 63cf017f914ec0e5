import { z } from "zod";
import { MAX_PAGE } from "@/lib/lists/list-query";

// Text Postgres cannot take (a NUL, half an emoji) falls back to no filter, like any bad parameter.
const text = (max: number) => z.string().trim().max(max).refine((value) => !value.includes("\u0000") && value.isWellFormed()).optional().catch(undefined);

const schema = z.object({
  page: z.coerce.number().int().min(1).max(MAX_PAGE).catch(1),
  kind: text(50),
  q: text(100),
  // Read by readDay: a date that is not one is said at its field rather than dropped.
  from: z.unknown().optional(),
  to: z.unknown().optional(),
  // A plan's id; checked against the organisation by the query itself (auditWhere).
  plan: text(50),
});

export type AuditQuery = { page: number; kind?: string; q?: string; from?: string; to?: string; plan?: string };

/**
 * Why the log cannot apply its date filters, in words that name the field: `from` and `to` for a
 * value that is not a date, `order` for a From after the To (which no entry can fall between).
 */
export type AuditDateErrors = { from?: string; to?: string; order?: string };

const notADay = (label: string) => `${label}: enter a date like 2026-11-01.`;

/** A day (YYYY-MM-DD, a real date), nothing when the field was left empty, or `null`: not a date. */
function readDay(value: unknown): string | undefined | null {
  if (value === undefined) return undefined;
  if (typeof value !== "string") return null;
  const day = value.trim();
  if (!day) return undefined;
  return z.iso.date().safeParse(day).success ? day : null;
}

/**
 * The audit log's filters, read from the page's search params. A bad page, kind, search or plan
 * falls back to none, as on every list; a bad date is reported (dateErrors) and left out of the
 * filters, so that nobody reads the whole log believing it is the days they asked for.
 */
export function parseAuditQuery(query: unknown): { filters: AuditQuery; dateErrors: AuditDateErrors } {
  const { from, to, ...rest } = schema.parse(query ?? {});
  const fromDay = readDay(from);
  const toDay = readDay(to);
  const dateErrors: AuditDateErrors = {
    ...(fromDay === null ? { from: notADay("From") } : {}),
    ...(toDay === null ? { to: notADay("To") } : {}),
    ...(fromDay && toDay && toDay < fromDay ? { order: "From is after To: swap them or change one." } : {}),
  };
  return { filters: { ...rest, from: fromDay ?? undefined, to: toDay ?? undefined }, dateErrors };
}

/** Whether any date filter could not be applied. */
export function hasDateErrors(errors: AuditDateErrors): boolean {
  return Object.keys(errors).length > 0;
}

/** The filters that are set, without the page: for links, the export and its audit row. */
export function appliedFilters({ kind, q, from, to, plan }: AuditQuery): Record<string, string> {
  return Object.fromEntries(Object.entries({ kind, q, from, to, plan }).filter((entry): entry is [string, string] => Boolean(entry[1])));
}
