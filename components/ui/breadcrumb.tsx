import Link from "next/link";

/**
 * The way back from a detail page: its list, then where the reader is ("All plans / Order
 * fulfilment"). The current page is text, marked as the page the trail ends at.
 */
export function Breadcrumb({ parent, current }: { parent: { href: string; label: string }; current: string }) {
  return (
    <nav aria-label="Breadcrumb" className="text-sm text-slate-500">
      <Link href={parent.href} className="underline">
        {parent.label}
      </Link>{" "}
      / <span aria-current="page">{current}</span>
    </nav>
  );
}
