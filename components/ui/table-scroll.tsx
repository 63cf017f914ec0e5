/**
 * The box a wide table scrolls in, so that the page itself never scrolls sideways (WCAG 1.4.10,
 * reflow). Positioned, so that screen-reader-only text inside the table (absolutely placed) is
 * clipped by the box instead of widening the page.
 */
export function TableScroll({ children }: { children: React.ReactNode }) {
  return <div className="relative overflow-x-auto">{children}</div>;
}
