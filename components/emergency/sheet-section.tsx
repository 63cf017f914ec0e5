/** One block of the emergency sheet: a named region with its heading, reached from the jump links. */
export function SheetSection({ id, title, intro, children }: { id: string; title: string; intro?: React.ReactNode; children: React.ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="scroll-mt-4 space-y-3">
      <h2 id={`${id}-heading`} className="text-xl font-semibold print:break-after-avoid">
        {title}
      </h2>
      {intro ? <div className="text-sm text-slate-700">{intro}</div> : null}
      {children}
    </section>
  );
}

/** Cards side by side where there is room, one under another on a phone: never a wide table. */
export function CardList({ children, label }: { children: React.ReactNode; label: string }) {
  return (
    <ul aria-label={label} className="grid grid-cols-1 gap-3 md:grid-cols-2 xl:grid-cols-3 print:grid-cols-2">
      {children}
    </ul>
  );
}

export function Card({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <li className="min-w-0 space-y-3 break-inside-avoid rounded-lg border border-slate-200 bg-white p-4 [overflow-wrap:anywhere] print:space-y-1.5 print:p-2">
      <h3 className="text-lg font-semibold">{title}</h3>
      {children}
    </li>
  );
}
