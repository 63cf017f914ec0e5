import { z } from "zod";

/** Beyond this, skip = (page - 1) × pageSize would leave the range of a safe integer (and of any list). */
export const MAX_PAGE = 1_000_000;

/**
 * Search, sort and page parameters of a long list, read from the page's search params. Each list
 * names the columns it may be sorted by; anything else falls back to the default.
 */
export function listQuerySchema<const S extends readonly [string, ...string[]]>(sortable: S, defaultSort: S[number]) {
  return z.object({
    // A search Postgres cannot take (a NUL, half an emoji) falls back to no search, like any bad parameter.
    q: z.string().trim().max(200).refine((q) => !q.includes("\u0000") && q.isWellFormed()).catch(""),
    sort: z.enum(sortable).catch(defaultSort),
    dir: z.enum(["asc", "desc"]).catch("asc"),
    page: z.coerce.number().int().min(1).max(MAX_PAGE).catch(1),
    pageSize: z.coerce.number().int().min(10).max(200).catch(50),
  });
}

export type ListQuery<S extends string = string> = {
  q: string;
  sort: S;
  dir: "asc" | "desc";
  page: number;
  pageSize: number;
};

export type Page<T> = { rows: T[]; total: number; page: number; pageCount: number };

export function pageOf<T>(rows: T[], total: number, query: Pick<ListQuery, "page" | "pageSize">): Page<T> {
  return { rows, total, page: query.page, pageCount: Math.max(1, Math.ceil(total / query.pageSize)) };
}

/** skip/take for Prisma from a list query. */
export function pageWindow(query: Pick<ListQuery, "page" | "pageSize">) {
  return { skip: (query.page - 1) * query.pageSize, take: query.pageSize };
}
