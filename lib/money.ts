const POUNDS = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP", maximumFractionDigits: 0 });

/**
 * An amount of the organisation's money as the pages and the PDF show it ("£1,800"). Amounts are
 * pounds sterling throughout (the BIA's cost per hour, the registers' "£" fields): the app has no
 * currency setting, so this is the one place one would be read.
 */
export function formatMoney(amount: number): string {
  return POUNDS.format(amount);
}
