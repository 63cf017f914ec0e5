/**
 * Searches find what the reader typed, character for character. LIKE and ILIKE read "%" as any
 * run of characters, "_" as any one character and "\" as the escape, and Prisma passes a
 * `contains`, `startsWith`, `endsWith` or `mode: "insensitive"` `equals` value to them as it is
 * (prisma/prisma#19506): a search for "100%" found "1000 users", one for "_" every row. Each of
 * the three is escaped with "\", Postgres's default LIKE escape. Pure.
 */
export function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The (I)LIKE pattern of raw SQL that finds `text` anywhere in a value. */
export function likeContaining(text: string): string {
  return `%${likeLiteral(text)}%`;
}

/** A Prisma string filter: the value contains `text`, in any letter case. */
export function containing(text: string) {
  return { contains: likeLiteral(text), mode: "insensitive" as const };
}

/**
 * A Prisma string filter: the value is `text` in any letter case, the whole of it. Only where the
 * filter has to stay a Prisma where; a raw query compares lower() with lower(), as
 * memberRoleOf does.
 */
export function sameTextAs(text: string) {
  return { equals: likeLiteral(text), mode: "insensitive" as const };
}
