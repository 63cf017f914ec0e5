import { z } from "zod";

/** Beyond this, skip = (page - 1) × pageSize would leave the range of a safe integer (and of any list). */
export const MAX_PAGE = 1_000_000;

/** The page sizes a list takes from its address; any other falls back to the default. */
export const PAGE_SIZES: readonly number[] = [10, 25, 50, 100, 200];
export const DEFAULT_PAGE_SIZE = 50;

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
    pageSize: z.coerce
      .number()
      .refine((size) => PAGE_SIZES.includes(size))
      .catch(DEFAULT_PAGE_SIZE),
  });
}

export type ListQuery<S extends string = string> = {
  q: string;
  sort: S;
  dir: "asc" | "desc";
  page: number;
  pageSize: number;
};

type PageRequest = Pick<ListQuery, "page" | "pageSize">;

/** What a list shows: its rows on the page, how many rows it has in all, and where the page is. */
export type Page<T> = { rows: T[]; total: number; page: number; pageCount: number };

/** The number of pages of `total` rows; an empty list still has its one (empty) page. */
export function pageCountOf({ total, pageSize }: { total: number; pageSize: number }): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/**
 * The page asked for, or the last one when it lies past the end: an old link, or the last row of
 * the last page deleted, shows the last page's rows rather than an empty table that says
 * "Page 5 of 1".
 */
export function clampPage({ page, pageSize, total }: PageRequest & { total: number }): number {
  return Math.min(page, pageCountOf({ total, pageSize }));
}

/** skip/take for Prisma (or LIMIT/OFFSET) from a page and its size. */
export function pageWindow({ page, pageSize }: PageRequest) {
  return { skip: (page - 1) * pageSize, take: pageSize };
}

/**
 * One page of a list, clamped to the last page (clampPage). `read` reads the rows of a window and
 * the list's total together, so a page within the list takes one read; a page past the end is read
 * again at the last page the total gives. It can only be past the end again if rows were deleted
 * in between, so the loop ends: each round the total has fallen.
 */
export async function readPage<T>({
  query,
  read,
}: {
  query: PageRequest;
  read: (window: { skip: number; take: number }) => Promise<{ rows: T[]; total: number }>;
}): Promise<Page<T>> {
  let page = query.page;
  for (;;) {
    const { rows, total } = await read(pageWindow({ page, pageSize: query.pageSize }));
    const last = clampPage({ page, pageSize: query.pageSize, total });
    if (last === page) return { rows, total, page, pageCount: pageCountOf({ total, pageSize: query.pageSize }) };
    page = last;
  }
}
