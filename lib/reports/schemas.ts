import { z } from "zod";
import { checkboxField, versionField } from "@/lib/validation";

const day = z.iso.date({ error: "Enter a date." });

/** The export dialog: which version (a number, or "draft"), and the optional audit appendix. */
export const requestReportSchema = z
  .object({
    planId: z.string().min(1),
    version: z.union([z.literal("draft"), versionField()], { error: "Choose a version or the current draft." }),
    includeAudit: checkboxField(),
    auditFrom: z.union([day, z.literal("")]).default(""),
    auditTo: z.union([day, z.literal("")]).default(""),
  })
  .superRefine((value, ctx) => {
    if (!value.includeAudit) return;
    if (!value.auditFrom) ctx.addIssue({ code: "custom", path: ["auditFrom"], message: "Enter the first day of the audit period." });
    if (!value.auditTo) ctx.addIssue({ code: "custom", path: ["auditTo"], message: "Enter the last day of the audit period." });
    if (value.auditFrom && value.auditTo && value.auditFrom > value.auditTo) {
      ctx.addIssue({ code: "custom", path: ["auditTo"], message: "The period must end on or after its first day." });
    }
  });

export const reportRefSchema = z.object({ planId: z.string().min(1), reportId: z.string().min(1) });
