/** A flag for data past the organisation's review period. */
export function StaleBadge({ children }: { children: string }) {
  return <span className="inline-block rounded bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900">{children}</span>;
}
