/**
 * Slugs: lower-case ids made from names. The one place they are made, for the recovery model's
 * keys (backup locations, hosts, backup policies, scenarios) and for download file names. Pure, so
 * a form can show the key a name will make while it is typed.
 */

/** A key of the recovery model: lower-case letters, digits and hyphens, starting with a letter or digit. */
export const KEY_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
export const MAX_KEY_LENGTH = 60;

/** What a key made from a name of only symbols ("???") is called, and what it starts from. */
export type KeyKind = "location" | "host" | "policy" | "scenario" | "group";

/** Latin letters that NFKD leaves whole, written the way their languages spell them in ASCII. */
const LETTERS: Record<string, string> = { ß: "ss", æ: "ae", œ: "oe", ø: "o", ł: "l", đ: "d", ð: "d", þ: "th", ı: "i" };

/**
 * `text` as lower-case ASCII letters and digits joined by single hyphens ("Café Serveur" →
 * cafe-serveur): accents dropped (NFKD), anything else a hyphen, runs of them one, none at either
 * end, cut to `max` characters. "" when nothing is left.
 */
export function slugify(text: string, max = MAX_KEY_LENGTH): string {
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/[ßæœøłđðþı]/g, (letter) => LETTERS[letter])
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+/, "")
    .slice(0, max)
    .replace(/-+$/, "");
}

/** `base` with "-2", "-3", … until it is none of `taken`, cut so that it stays within the length limit. */
function firstFree(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const suffix = `-${n}`;
    const key = `${base.slice(0, MAX_KEY_LENGTH - suffix.length).replace(/-+$/, "")}${suffix}`;
    if (!taken.has(key)) return key;
  }
}

/**
 * The key a record gets when it is created with its key left blank: its name as a slug, or its
 * kind ("location") when the name has no letters or digits, with "-2", "-3", … when another
 * record of that kind in the plan has it already.
 */
export function keyFromName(name: string, kind: KeyKind, taken: Iterable<string> = []): string {
  return firstFree(slugify(name) || kind, new Set(taken));
}

/** A name as a download's file name: its slug, or "plan" when nothing is left. */
export function fileSafe(name: string): string {
  return slugify(name) || "plan";
}
