import Link from "next/link";
import { listHref, listParams, type KeepParams } from "@/lib/lists/list-href";
import { PAGE_SIZES, type ListQuery, type Page } from "@/lib/lists/list-query";

/** A search box that submits with the page's other list parameters (sort, page size, filters) kept and the page reset. */
export function ListSearch({ base, query, label, keep = {} }: { base: string; query: ListQuery; label: string; keep?: KeepParams }) {
  const hidden = listParams({ query: { ...query, q: "", page: 1 }, keep });
  return (
    <form action={base} role="search" className="flex max-w-full gap-2">
      <label htmlFor="list-q" className="sr-only">
        {label}
      </label>
      <input
        id="list-q"
        name="q"
        defaultValue={query.q}
        placeholder={label}
        className="w-72 min-w-0 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
      />
      {[...hidden].map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm hover:bg-slate-100">Search</button>
    </form>
  );
}

/** A column header that sorts the list by its column (toggling the direction), with aria-sort. */
export function SortHeader({
  base,
  query,
  column,
  children,
  className = "p-3",
  keep,
}: {
  base: string;
  query: ListQuery;
  column: string;
  children: React.ReactNode;
  className?: string;
  keep?: KeepParams;
}) {
  const active = query.sort === column;
  const dir = active && query.dir === "asc" ? "desc" : "asc";
  return (
    <th scope="col" className={className} aria-sort={active ? (query.dir === "asc" ? "ascending" : "descending") : "none"}>
      <Link href={listHref({ base, query, change: { sort: column, dir, page: 1 }, keep })} className="inline-flex items-center gap-1 hover:underline">
        {children}
        <span aria-hidden="true">{active ? (query.dir === "asc" ? "▲" : "▼") : ""}</span>
      </Link>
    </th>
  );
}

/**
 * The page that shows the first row of the page being read at another page size, so the reader
 * stays where they were in the list (rows 51–100 at 50 a page → page 3 at 25 a page).
 */
export function pageAtSize({ page, pageSize, size }: { page: number; pageSize: number; size: number }): number {
  return Math.floor(((page - 1) * pageSize) / size) + 1;
}

/** Links choosing how many rows a page shows, the current size marked; only where a list has more rows than the smallest size. */
function PageSizes({ base, query, page, total, keep }: { base: string; query: ListQuery; page: number; total: number; keep?: KeepParams }) {
  if (total <= PAGE_SIZES[0]) return null;
  return (
    <span className="flex flex-wrap items-center gap-2" role="group" aria-label="Rows per page">
      <span aria-hidden="true">Rows per page:</span>
      {PAGE_SIZES.map((size) =>
        size === query.pageSize ? (
          <span key={size} aria-current="true" className="font-semibold" aria-label={`${size} rows per page`}>
            {size}
          </span>
        ) : (
          <Link
            key={size}
            href={listHref({ base, query, change: { pageSize: size, page: pageAtSize({ page, pageSize: query.pageSize, size }) }, keep })}
            className="text-blue-700 underline"
            aria-label={`${size} rows per page`}
          >
            {size}
          </Link>
        ),
      )}
    </span>
  );
}

/**
 * Where the reader is in the list, links to the pages either side, and the page size. The page
 * comes from the list as read (`list`), not from the address: a page past the end is shown as the
 * last one.
 */
export function Pagination({
  base,
  query,
  list,
  noun = "items",
  one,
  keep,
}: {
  base: string;
  query: ListQuery;
  list: Pick<Page<unknown>, "page" | "pageCount" | "total">;
  noun?: string;
  /** The noun for a total of one ("1 test"); `noun` when not given. */
  one?: string;
  keep?: KeepParams;
}) {
  const { page, pageCount, total } = list;
  return (
    <nav aria-label="Pages" className="mt-4 flex flex-wrap items-center gap-4 text-sm">
      <span>
        Page {page} of {pageCount} · {total} {total === 1 && one ? one : noun}
      </span>
      {page > 1 ? (
        <Link href={listHref({ base, query, change: { page: page - 1 }, keep })} className="text-blue-700 underline">
          Previous
        </Link>
      ) : null}
      {page < pageCount ? (
        <Link href={listHref({ base, query, change: { page: page + 1 }, keep })} className="text-blue-700 underline">
          Next
        </Link>
      ) : null}
      <PageSizes base={base} query={query} page={page} total={total} keep={keep} />
    </nav>
  );
}
