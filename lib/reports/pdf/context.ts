import type { Pdf } from "@/lib/reports/pdf/load-pdf";
import type { Kit } from "@/lib/reports/pdf/kit";
import type { Styles } from "@/lib/reports/pdf/styles";
import type { ReportInput } from "@/lib/reports/report-input";

/** What every chapter renders with: the library, the styles, the building blocks and the data. */
export type Ctx = { pdf: Pdf; s: Styles; kit: Kit; input: ReportInput };

export type Snapshot = ReportInput["snapshot"];
export type PersonRef = { name: string; jobTitle?: string | null; email?: string | null; workPhone?: string | null; mobilePhone?: string | null; afterHoursPhone?: string | null } | null;

export function contact(p: PersonRef): string {
  if (!p) return "—";
  return [p.workPhone, p.mobilePhone && `mobile ${p.mobilePhone}`, p.afterHoursPhone && `after hours ${p.afterHoursPhone}`, p.email].filter(Boolean).join(", ") || "—";
}
