import type { Pdf } from "@/lib/reports/pdf/load-pdf";
import type { Kit } from "@/lib/reports/pdf/kit";
import type { Styles } from "@/lib/reports/pdf/styles";
import type { ReportInput } from "@/lib/reports/report-input";
import { phone } from "@/lib/reports/pdf/format";

/** What every chapter renders with: the library, the styles, the building blocks and the data. */
export type Ctx = { pdf: Pdf; s: Styles; kit: Kit; input: ReportInput };

export type Snapshot = ReportInput["snapshot"];
export type PersonRef = { name: string; jobTitle?: string | null; email?: string | null; workPhone?: string | null; mobilePhone?: string | null; afterHoursPhone?: string | null } | null;

/**
 * How to reach someone, as the printed plan gives it: the number that reaches them at any hour
 * first (as the emergency sheet orders them), then the mobile, the office and the e-mail. A person
 * with no number says so: read at 3 a.m., a bare e-mail address must not pass for a way to call.
 */
export function contact(p: PersonRef): string {
  if (!p) return "—";
  const numbers = labelledNumbers([
    ["after hours", p.afterHoursPhone],
    ["mobile", p.mobilePhone],
    ["office", p.workPhone],
  ]);
  const email = given(p.email);
  if (numbers.length === 0) return email ? `no phone number recorded, ${email}` : "no phone number or e-mail recorded";
  return [...numbers, email].filter(Boolean).join(", ");
}

const given = (text: unknown) => (typeof text === "string" ? text.trim() : "");

/** Each number given, after its label ("mobile 07700 900102"), kept on one line; blanks left out. */
export function labelledNumbers(numbers: [label: string, number: unknown][]): string[] {
  return numbers.flatMap(([label, number]) => (given(number) ? [`${label} ${phone(given(number))}`] : []));
}
