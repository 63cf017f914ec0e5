import { describe, expect, it } from "vitest";
import { formatMoney, readMoney } from "@/lib/money";

const amount = (text: string, decimal?: "." | ",") => {
  const read = readMoney(text, { decimal });
  return read.ok ? read.value : read.why;
};

describe("reading an amount of money", () => {
  it("reads what the pages write back to the same amount", () => {
    for (const n of [0, 5, 750, 2500, 750000, 1250000, 4500000]) expect(amount(formatMoney(n))).toBe(n);
  });

  it("takes a leading £ or GBP, thousands grouped by commas or spaces, and pence", () => {
    expect(amount("£750,000")).toBe(750000);
    expect(amount("£ 750,000")).toBe(750000);
    expect(amount("2,500")).toBe(2500);
    expect(amount("1 000 000")).toBe(1000000);
    expect(amount("£1,250.50")).toBe(1250.5);
    expect(amount("GBP 500")).toBe(500);
    expect(amount("500 GBP")).toBe(500);
    expect(amount("gbp500")).toBe(500);
    expect(amount("-£5")).toBe(-5);
    expect(amount("£1.250,50", ",")).toBe(1250.5);
  });

  it("refuses an amount in another currency, which it has no rate for", () => {
    for (const text of ["$500", "€1.000", "500€", "USD 500", "500 EUR", "¥100"]) expect(amount(text), text).toBe("other currency");
  });

  it("refuses text that could be read two ways, and text that is no amount", () => {
    expect(amount("£1,5")).toBe("ambiguous");
    expect(amount("1,50")).toBe("ambiguous");
    for (const text of ["£", "£2m", "£1e6", "two pounds", "££5", "5£"]) expect(amount(text), text).toBe("not a number");
  });
});
