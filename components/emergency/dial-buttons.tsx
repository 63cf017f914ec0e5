import Link from "next/link";
import { isInternalExtension, type Dial, type Mail } from "@/lib/emergency/dials";
import { EmailAddress } from "@/components/ui/email-address";

// At least 44×44 px (WCAG 2.5.5), the width of the card on a phone: tapped with a thumb, in a hurry.
// Printed, a line each: the sheet in the grab bag is read, not tapped.
const BUTTON =
  "flex min-h-11 w-full min-w-11 flex-wrap items-center justify-between gap-x-3 rounded-lg border border-blue-700 bg-blue-50 px-4 py-2 text-blue-900 hover:bg-blue-100 print:min-h-0 print:border-0 print:bg-white print:p-0 print:text-slate-900";

/**
 * Numbers as buttons that dial them and addresses as buttons that write to them, labelled with
 * what they are ("24/7", "Claims phone"). An internal extension is shown as text, saying where it
 * is dialled from; text kept where a number belongs that is not one is shown as it is, flagged.
 * Neither is linked.
 */
export function DialButtons({ dials, mails = [], none }: { dials: readonly Dial[]; mails?: readonly Mail[]; none: string }) {
  if (dials.length === 0 && mails.length === 0) return <p className="text-sm text-amber-800">{none}</p>;
  return (
    <ul className="grid gap-2 print:gap-0.5">
      {dials.map((dial) => (
        <li key={`${dial.label}|${dial.text}`}>
          {dial.href ? (
            // Named by what it shows, with the word a screen reader needs ("Call 24/7 0117 496 0872"):
            // an aria-label of other words would not match the visible text speech users say.
            <a href={dial.href} className={BUTTON}>
              <span className="text-sm">
                <span className="sr-only">Call </span>
                {dial.label}
              </span>
              {/* Broken, if it must be, only where it is written with a space: a number split inside a group is easy to misread. */}
              <span className="min-w-0 text-lg font-semibold tabular-nums [overflow-wrap:normal]">{dial.text}</span>
            </a>
          ) : isInternalExtension(dial) ? (
            // Text, not a button: a mobile outside the building would dial it as something else.
            <p className="text-sm text-slate-800">
              {dial.label}: <span className="font-semibold tabular-nums">{dial.text}</span> (internal extension: dial it from a phone in the building)
            </p>
          ) : (
            <p className="text-sm text-amber-800">
              {dial.label}: {dial.text} (not a phone number)
            </p>
          )}
        </li>
      ))}
      {mails.map((mail) => (
        <li key={`${mail.label}|${mail.text}`}>
          <a href={mail.href} className={BUTTON}>
            <span className="text-sm">
              {mail.label}
            </span>
            <span className="min-w-0 font-medium [overflow-wrap:anywhere]">
              <EmailAddress email={mail.text} />
            </span>
          </a>
        </li>
      ))}
    </ul>
  );
}

/**
 * A block with nothing in it yet says so, who fills it in and where ("The committee keeps it in the
 * Master call list."), linked only for a reader who may edit the plan (an executive or an auditor
 * would reach a page they can only read), and whom to call meanwhile.
 */
export function EmptyBlock({
  children,
  how,
  href,
  where,
  canEdit,
  fallback,
}: React.PropsWithChildren<{
  how: string;
  href: string;
  where: string;
  canEdit: boolean;
  fallback: string | null;
}>) {
  return (
    <p className="rounded-lg border border-dashed border-slate-300 bg-white p-4 text-sm text-slate-700 [overflow-wrap:anywhere]">
      {children} {how}{" "}
      {canEdit ? (
        <Link href={href} className="text-blue-800 underline">
          {where}
        </Link>
      ) : (
        where
      )}
      .{fallback ? ` ${fallback}` : null}
    </p>
  );
}
