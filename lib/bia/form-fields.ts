import { z } from "zod";
import { versionField } from "@/lib/validation";
import { readPlainNumber } from "@/lib/numbers";

const grouped = (n: number) => n.toLocaleString("en-GB");

/** An optional number typed into a form (a £ sign, commas and spaces allowed): empty → null. */
export function optionalNumber(label: string, { min = 0, max = 1e12, int = false }: { min?: number; max?: number; int?: boolean } = {}) {
  return z
    .union([z.string(), z.number(), z.null()])
    .optional()
    .transform((raw, ctx) => {
      const text = typeof raw === "number" ? String(raw) : (raw ?? "").replace(/[£,\s]/g, "");
      if (text === "") return null;
      // Plain decimal notation only (lib/numbers.ts): Number() would also read "0x10" as 16, "1e3" as 1000 and "Infinity".
      const value = typeof raw === "number" ? raw : (readPlainNumber(text) ?? NaN);
      if (!Number.isFinite(value) || (int && !Number.isInteger(value))) {
        ctx.addIssue({ code: "custom", message: `${label} must be a ${int ? "whole " : ""}number.` });
        return z.NEVER;
      }
      if (value < min || value > max) {
        ctx.addIssue({ code: "custom", message: `${label} must be between ${grouped(min)} and ${grouped(max)}.` });
        return z.NEVER;
      }
      return value;
    });
}

/** An optional id from a select: empty → null. */
export const optionalId = z
  .string()
  .optional()
  .nullable()
  .transform((v) => (v ? v : null));

/** The ids of a multiple select (the action passes formData.getAll). */
export const idList = z
  .union([z.array(z.string()), z.string()])
  .optional()
  .transform((v) => [...new Set((Array.isArray(v) ? v : v ? [v] : []).filter(Boolean))]);

export const version = versionField();
