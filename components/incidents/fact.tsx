import type { ReactNode } from "react";

/** One fact of an incident's facts list (a `<dl>`): its name, then its value, on one line. */
export function Fact({ name, children }: { name: string; children: ReactNode }) {
  return (
    <div>
      <dt className="inline text-slate-500">{name}: </dt>
      <dd className="inline">{children}</dd>
    </div>
  );
}
