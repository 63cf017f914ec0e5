/**
 * The numbers and addresses the emergency sheet offers as buttons to tap. Pure.
 */
import { andList } from "@/lib/count";
import { internalExtension, isPhoneNumber, sameLine, telHref } from "@/lib/people/phone";
import { mailtoHref } from "@/lib/people/email";

/**
 * A number to call: `href` is null when the text kept is not a number to dial from outside the
 * building: an internal extension (isInternalExtension, shown as such), or text that is no number
 * (shown, flagged). Neither is linked.
 */
export type Dial = { label: string; text: string; href: string | null };
export type Mail = { label: string; text: string; href: string };

/** Whether a dial is an internal extension ("4021"), which a desk phone in the building dials and no phone outside it can. */
export function isInternalExtension(dial: Dial): boolean {
  return dial.href === null && internalExtension(dial.text) !== null;
}

/** Whether two unlinked texts are one line: the same extension however written ("4021", "x4021"), or the same text. */
function sameText(a: string, b: string): boolean {
  const extension = internalExtension(a);
  return extension ? extension === internalExtension(b) : a === b;
}

/**
 * Numbers in order, one button per number: the same number under two labels (a 24/7 number that
 * is also the mobile) is one button carrying both ("24/7 and mobile"), written as it was first,
 * however the others write it ("0117 496 0101" and "+44 117 496 0101" are one line, sameLine).
 * A short code ("999") is linked only from a field for a service's number (`shortCode`); three to
 * five digits elsewhere are an internal extension, never linked. Blank ones are left out.
 */
export function dials(numbers: readonly { label: string; text: string; shortCode?: boolean }[]): Dial[] {
  const found: { labels: string[]; text: string; href: string | null }[] = [];
  for (const { label, text, shortCode } of numbers) {
    const trimmed = text.trim();
    if (!trimmed) continue;
    const href = telHref(trimmed, { shortCode });
    const same = found.find((dial) => (href ? dial.href !== null && sameLine(dial.href, href) : dial.href === null && sameText(dial.text, trimmed)));
    if (same) same.labels.push(label.toLowerCase());
    else found.push({ labels: [label], text: trimmed, href });
  }
  return found.map(({ labels, text, href }) => ({ label: andList(labels), text, href }));
}

/** Addresses to write to; blank text, and text that is no address, are left out. */
export function mails(addresses: readonly { label: string; text: string }[]): Mail[] {
  return addresses.flatMap(({ label, text }) => {
    const href = mailtoHref(text);
    return href ? [{ label, text: text.trim(), href }] : [];
  });
}

export type Contact = { name: string; email: string; workPhone: string; mobilePhone: string; afterHoursPhone: string };

/** The numbers the People register holds for someone: the one that reaches them at any hour first, then their mobile and their office number. */
export function contactNumbers(person: Pick<Contact, "workPhone" | "mobilePhone" | "afterHoursPhone">): { label: string; text: string }[] {
  return [
    { label: "24/7", text: person.afterHoursPhone },
    { label: "Mobile", text: person.mobilePhone },
    { label: "Office", text: person.workPhone },
  ];
}

/**
 * Every number the People register holds for someone, the one that reaches them at any hour
 * first, then their mobile and their office number, and their e-mail address. Reachable at any
 * hour as the committee's completeness counts it: a 24/7 number that is a phone number.
 */
export function personDials(person: Contact): { dials: Dial[]; mails: Mail[]; reachableAnyHour: boolean } {
  return {
    dials: dials(contactNumbers(person)),
    mails: mails([{ label: "E-mail", text: person.email }]),
    reachableAnyHour: isPhoneNumber(person.afterHoursPhone),
  };
}
