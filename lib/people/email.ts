/** An address as the registers and the People form accept it: something@domain.tld, no spaces. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The mailto: link of an e-mail address, or null when the text is not one. "?" and "#" would start
 * the link's query or fragment, so they are escaped with everything encodeURI escapes.
 */
export function mailtoHref(text: string): string | null {
  const address = text.trim();
  if (!EMAIL.test(address)) return null;
  return `mailto:${encodeURI(address).replace(/[?#]/g, (c) => encodeURIComponent(c))}`;
}
