/** "1 day", "3 days": a count with its noun in the right number. */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${Math.abs(n) === 1 ? one : many}`;
}

/** "A", "A and B", "A, B and C": a list in a sentence; "" for none. */
export function andList(items: readonly string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(", ")} and ${items.at(-1)}` : (items[0] ?? "");
}

/**
 * A list in a sentence that stays short: the first `shown` items and how many more ("A, B, C
 * and 4 more"); andList when there are no more than that.
 */
export function fewOf(items: readonly string[], shown = 5): string {
  return items.length > shown ? `${items.slice(0, shown).join(", ")} and ${items.length - shown} more` : andList(items);
}
