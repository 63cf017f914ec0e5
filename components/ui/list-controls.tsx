import Link from "next/link";
import { listHref, listParams, type KeepParams } from "@/lib/lists/list-href";
import type { ListQuery, Page } from "@/lib/lists/list-query";

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
 * Where the reader is in the list and links to the pages either side. The page comes from the list
 * as read (`list`), not from the address: a page past the end is shown as the last one.
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
    <nav aria-label="Pages" className="mt-4 flex items-center gap-4 text-sm">
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
    </nav>
  );
}
