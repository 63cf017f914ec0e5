/**
 * The organisation's protective marking of its documents (docs/decisions/0061): what it may hold.
 * Pure, and safe to import from client components.
 */

/** The setting's name, the same in the form, a refused save and the settings' pages. */
export const DOCUMENT_MARKING_LABEL = "Classification marking";

/** Long enough for "Confidential — internal use only" or "OFFICIAL-SENSITIVE [COMMERCIAL]", short enough for one line of a page's foot. */
export const MAX_MARKING = 60;

/** The characters the PDF's built-in fonts (WinAnsi) draw beyond printable ASCII and Latin-1's. */
const WIN_ANSI_EXTRA = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");

/**
 * The first character of `text` the PDF reports cannot print, if any: their fonts have no glyph
 * for it, and a marking printed as stray marks on every page would label nothing.
 */
export function unprintableCharacter(text: string): string | undefined {
  return [...text].find((c) => {
    const code = c.codePointAt(0)!;
    return !((code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(c));
  });
}
