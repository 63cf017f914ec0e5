/**
 * Whom to call while a block of the emergency sheet is empty, so that a reader at 3 a.m. is not
 * left with only where the data would be kept: the response team when the plan names one, else
 * the people in the call tree, else nobody the sheet knows of. Pure.
 */
export const SHEET_BLOCKS = ["leads", "team", "callTree", "numbers", "sites", "insurance", "vendors", "activation"] as const;
export type SheetBlock = (typeof SHEET_BLOCKS)[number];

const side = (block: SheetBlock, of: SheetBlock) => (SHEET_BLOCKS.indexOf(block) < SHEET_BLOCKS.indexOf(of) ? "below" : "above");

export function emptyFallback({ block, roles, callTree }: { block: SheetBlock; roles: number; callTree: number }): string | null {
  if (roles > 0) {
    // No role marked as leading: the whole team is listed under the block that says so.
    if (block === "leads") return "Until then, call the response team below.";
    // Every role leads: nothing is missing, and they are just above.
    if (block === "team") return null;
    return "Until then, call the response team above.";
  }
  if (callTree > 0 && block !== "callTree") return `Until then, call the people in the call tree ${side(block, "callTree")}.`;
  return null;
}
