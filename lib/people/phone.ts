/**
 * Phone numbers as people write them: digits with spaces, "+", "-", "( )" and ".", and an optional
 * extension ("x 12", "ext. 12", "extension 12", or ";ext=12" as a tel: link writes it). At least
 * six digits, so that "call reception and ask" or "n/a" is not taken for a number anyone can dial
 * at 3 a.m. Pure: shared by the phone fields' rule (lib/people/phone-field.ts), the completeness
 * check and the tel: links.
 */
const PHONE = /^(\+?[\d\s\-().]+?)\s*(?:(?:;\s*ext=|x|ext\.?|extension)\s*(\d{1,6}))?$/i;

/**
 * Emergency and utility short codes (999, 112, 911, 101, 105, 111): three to five digits, spaces
 * allowed between them, nothing else. Dialled as written, so they are linked where a service's
 * number is kept (the critical telephone numbers); never anyone's own number, so a person's phone
 * fields and the response team's 24/7 check still want six digits.
 */
const SHORT_CODE = /^\d[\d ]{1,7}\d$/;

/**
 * An internal extension written on its own ("4021", "ext. 4021", "x4021"): three to five digits,
 * which a desk phone in the building dials and no phone outside it can (docs/decisions/0093).
 */
const EXTENSION = /^(?:(?:ext\.?|extension|x)\s*)?(\d{3,5})$/i;

/** Numbers any phone dials out to the emergency services, a desk phone too: never an extension. */
const EMERGENCY = /^(?:999|112|911)$/;

/** The trunk 0 written in brackets, as in "+44 (0)117 496 0101". */
const TRUNK_ZERO = /\(\s*0\s*\)/;

function parsePhone(text: string): { number: string; extension: string | null } | null {
  const match = PHONE.exec(text.trim());
  if (!match) return null;
  const plus = match[1].startsWith("+");
  const digits = match[1].replace(/\D/g, "");
  if (digits.length < 6 || digits.length > 20) return null;
  // "+44 (0)117…", "0044 (0)117…", "+44 ( 0 ) 117…": the (0) is dialled only from inside the
  // country, never after the international prefix, + or 00.
  const international = plus || digits.startsWith("00");
  const dialled = international ? match[1].replace(TRUNK_ZERO, "").replace(/\D/g, "") : digits;
  return { number: `${plus ? "+" : ""}${dialled}`, extension: match[2] ?? null };
}

function shortCodeOf(text: string): string | null {
  const trimmed = text.trim();
  if (!SHORT_CODE.test(trimmed)) return null;
  const digits = trimmed.replace(/ /g, "");
  return digits.length >= 3 && digits.length <= 5 ? digits : null;
}

export function isPhoneNumber(text: string): boolean {
  return parsePhone(text) !== null;
}

/** The digits of an internal extension written on its own ("x4021": "4021"), or null; 999, 112 and 911 are never one. */
export function internalExtension(text: string): string | null {
  const digits = EXTENSION.exec(text.trim())?.[1];
  return digits && !EMERGENCY.test(digits) ? digits : null;
}

/** The emergency number written where an extension would be ("999", "ext. 112"), or null. */
export function emergencyNumber(text: string): string | null {
  const digits = EXTENSION.exec(text.trim())?.[1];
  return digits && EMERGENCY.test(digits) ? digits : null;
}

/**
 * The tel: link of a number ("tel:+441174960101;ext=12"), of a short code ("tel:999") where
 * `shortCode` says a service's number is kept, or null. Elsewhere three to five digits are an
 * internal extension, which a phone outside the building would dial as something else.
 */
export function telHref(text: string, { shortCode = false }: { shortCode?: boolean } = {}): string | null {
  const code = shortCode ? shortCodeOf(text) : null;
  if (code) return `tel:${code}`;
  const phone = parsePhone(text);
  return phone ? `tel:${phone.number}${phone.extension ? `;ext=${phone.extension}` : ""}` : null;
}

/** A tel: link's parts: the number without its international prefix, whether it had one, and the extension. */
function lineOf(href: string): { international: boolean; digits: string; extension: string } | null {
  const match = /^tel:(\+|00)?(\d+)(?:;ext=(\d+))?$/.exec(href);
  return match ? { international: match[1] !== undefined, digits: match[2], extension: match[3] ?? "" } : null;
}

/**
 * Whether two tel: links ring the same line: the same digits and extension, "00" read as "+", and
 * a national number ("01174960101") the same as an international one whose country code, of one
 * to three digits, is followed by the national number without its trunk 0 ("+441174960101"). The
 * organisation's country is nowhere recorded, so it is read from the pair: one person's two numbers
 * that match but for the country code are the same number written two ways.
 */
export function sameLine(a: string, b: string): boolean {
  if (a === b) return true;
  const [one, other] = [lineOf(a), lineOf(b)];
  if (!one || !other || one.extension !== other.extension) return false;
  if (one.international === other.international) return one.digits === other.digits;
  const [national, international] = one.international ? [other, one] : [one, other];
  if (!/^0[1-9]/.test(national.digits)) return false;
  const subscriber = national.digits.slice(1);
  const code = international.digits.length - subscriber.length;
  return subscriber.length >= 6 && code >= 1 && code <= 3 && international.digits.endsWith(subscriber);
}
