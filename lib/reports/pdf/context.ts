import type { Pdf } from "@/lib/reports/pdf/load-pdf";
import type { Kit } from "@/lib/reports/pdf/kit";
import type { Styles } from "@/lib/reports/pdf/styles";
import type { ReportInput } from "@/lib/reports/report-input";
import { phone } from "@/lib/reports/pdf/format";

/** What every chapter renders with: the library, the styles, the building blocks and the data. */
export type Ctx = { pdf: Pdf; s: Styles; kit: Kit; input: ReportInput };

export type Snapshot = ReportInput["snapshot"];
export type PersonRef = { name: string; jobTitle?: string | null; email?: string | null; workPhone?: string | null; mobilePhone?: string | null; afterHoursPhone?: string | null } | null;

export function contact(p: PersonRef): string {
  if (!p) return "—";
  const numbers = [p.workPhone && phone(p.workPhone), p.mobilePhone && `mobile ${phone(p.mobilePhone)}`, p.afterHoursPhone && `after hours ${phone(p.afterHoursPhone)}`];
  return [...numbers, p.email].filter(Boolean).join(", ") || "—";
}
