/**
 * Warnings on impact ratings that fall as the outage gets longer (lib/bia/impact-checks.ts): shown,
 * never refused, and announced where they change as the grid is rated.
 */
export function ImpactFlags({ messages, live = false }: { messages: string[]; live?: boolean }) {
  return (
    <div role={live ? "status" : undefined} aria-live={live ? "polite" : undefined}>
      {messages.length ? (
        <ul className="mt-2 space-y-1">
          {messages.map((message) => (
            <li key={message} className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900" data-flag="impact_falls">
              <span className="font-medium">Warning: </span>
              {message} A longer outage&apos;s impact includes the shorter one&apos;s: check the ratings.
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
