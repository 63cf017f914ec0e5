"use client";

import { useEffect, useRef, useState } from "react";

/**
 * The box a wide table or chart scrolls in, so that the page itself never scrolls sideways (WCAG
 * 1.4.10, reflow). Positioned, so that screen-reader-only text inside a table (absolutely placed)
 * is clipped by the box instead of widening the page.
 *
 * While its content is wider than the box, the box is a named, focusable region, so a keyboard can
 * scroll it with the arrow keys (tabbing to a link in a table's first column never reveals its last
 * one; a chart may hold nothing to tab to) and a screen reader says what it holds: `label`, else
 * its table's caption. While the content fits, it is neither, so it adds no tab stop (the pattern
 * of Heydon Pickering's "Inclusive Components: Data Tables"). A shade along its right edge shows
 * there is more to the right until it is scrolled to the end: on a phone, a table's last columns
 * (a member's actions, say) were off-screen with nothing to say so.
 *
 * A table's row headers stay in sight while it scrolls, with an edge once it has scrolled
 * (`data-scrolled`), and its text columns keep a readable width: see `.scroll-box` in
 * app/globals.css.
 */
export function ScrollBox({ children, label, className = "" }: { children: React.ReactNode; label?: string; className?: string }) {
  const box = useRef<HTMLDivElement>(null);
  const [name, setName] = useState<string | null>(null);
  const [more, setMore] = useState(false);
  const [scrolled, setScrolled] = useState(false);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const update = () => {
      const scrolls = element.scrollWidth > element.clientWidth;
      if (scrolls) element.style.setProperty("--scroll-box-width", `${element.clientWidth}px`);
      else element.style.removeProperty("--scroll-box-width");
      setName(scrolls ? label || element.querySelector("caption")?.textContent?.trim() || "Table" : null);
      setMore(scrolls && element.scrollLeft + element.clientWidth < element.scrollWidth - 1);
      setScrolled(scrolls && element.scrollLeft > 0);
    };
    update();
    element.addEventListener("scroll", update, { passive: true });
    // The box narrows with the window; the content widens with its rows.
    const observer = new ResizeObserver(update);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => {
      observer.disconnect();
      element.removeEventListener("scroll", update);
    };
  }, [label]);

  return (
    // min-w-0: as a flex or grid item the wrapper must shrink as the scrolling box would, or the
    // table's width would widen the page.
    <div className="relative min-w-0">
      <div
        ref={box}
        // A visible caption keeps to the box's visible width and stays in sight while the table
        // scrolls under it, instead of running off with the table. Isolated: the sticky row headers'
        // z-index orders them above their own table, not above the rest of the page.
        className={`scroll-box relative isolate overflow-x-auto [&_caption:not(.sr-only)]:sticky [&_caption:not(.sr-only)]:left-0 [&_caption:not(.sr-only)]:max-w-(--scroll-box-width) ${className}`}
        data-scrolled={scrolled || undefined}
        {...(name === null ? {} : { role: "region", "aria-label": `${name} (scrolls sideways)`, tabIndex: 0 })}
      >
        {children}
      </div>
      {more ? <div aria-hidden="true" data-scroll-more className="pointer-events-none absolute inset-y-0 right-0 w-6 bg-linear-to-l from-slate-900/20 to-transparent" /> : null}
    </div>
  );
}
