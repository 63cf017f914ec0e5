/**
 * Names in the order a reader looks them up in: "alice", "Bob", "Émile", "Zoë". A list sorted by
 * the database takes its collation's order, which in a "C" database (what initdb makes without a
 * locale) puts every capital before every small letter and accented letters after "z". The name
 * columns have a collation of their own with the same en-GB rules (decision 88), so a list Postgres
 * sorts agrees with one sorted here.
 */
const collator = new Intl.Collator("en-GB");

export function sortByName<T>(rows: readonly T[], name: (row: T) => string): T[] {
  return [...rows].sort((a, b) => collator.compare(name(a), name(b)));
}
