import { z } from "zod";
import { versionField } from "@/lib/validation";
import { readMoney } from "@/lib/money";

const grouped = (n: number) => n.toLocaleString("en-GB");

/**
 * An optional number typed into a form as an amount is written (a £ sign, thousands grouped by
 * commas or spaces: lib/money.ts): empty → null. Text that could be read two ways ("1,5") is not a number.
 */
export function optionalNumber(label: string, { min = 0, max = 1e12, int = false }: { min?: number; max?: number; int?: boolean } = {}) {
  return z
    .union([z.string(), z.number(), z.null()])
    .optional()
    .transform((raw, ctx) => {
      const text = typeof raw === "number" ? String(raw) : (raw ?? "").trim();
      if (text === "") return null;
      // Decimal notation only (lib/numbers.ts): Number() would also read "0x10" as 16, "1e3" as 1000 and "Infinity".
      const read = typeof raw === "number" ? null : readMoney(text);
      const value = typeof raw === "number" ? raw : read?.ok ? read.value : NaN;
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
