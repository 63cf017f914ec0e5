import { DEFAULT_PAGE_SIZE, type ListQuery } from "@/lib/lists/list-query";

/** Search params a list keeps across searching, sorting and paging besides its own (a filter, a view). */
export type KeepParams = Record<string, string>;

/**
 * A list's search params: the page's other filters first, then the search, sort and direction, the
 * page and the page size. Page 1 and the default page size are left out, as the list reads them
 * when absent.
 */
export function listParams({ query, keep = {} }: { query: ListQuery; keep?: KeepParams }): URLSearchParams {
  const params = new URLSearchParams(keep);
  if (query.q) params.set("q", query.q);
  params.set("sort", query.sort);
  params.set("dir", query.dir);
  if (query.page > 1) params.set("page", String(query.page));
  if (query.pageSize !== DEFAULT_PAGE_SIZE) params.set("pageSize", String(query.pageSize));
  return params;
}

/** The address of the list with some of its parameters changed and everything else it shows kept. */
export function listHref({ base, query, change, keep }: { base: string; query: ListQuery; change: Partial<ListQuery>; keep?: KeepParams }): string {
  return `${base}?${listParams({ query: { ...query, ...change }, keep })}`;
}
