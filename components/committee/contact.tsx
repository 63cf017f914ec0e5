import { EmailAddress } from "@/components/ui/email-address";
import { mailtoHref } from "@/lib/people/email";
import { telHref } from "@/lib/people/phone";

/** A labelled number as a tel: link, only when it is a phone number; other text kept there is flagged. */
function PhoneLine({ label, number }: { label: string; number: string }) {
  const href = telHref(number);
  return href ? (
    // Kept on one line: a number broken across two is easy to misread in a crisis.
    <div className="whitespace-nowrap tabular-nums">
      {label}: <a href={href} className="text-blue-700 underline">{number}</a>
    </div>
  ) : (
    <div className="text-amber-800">{label}: {number} (not a phone number)</div>
  );
}

/**
 * A response-team contact: name, and the number that reaches them at any hour, as a tel: link only
 * when it is a phone number (flagged if none, or if the text kept there is not a number).
 */
export function Contact({ person }: { person: { name: string; afterHoursPhone: string; mobilePhone: string } | null }) {
  if (!person) return <span className="text-amber-800">Nobody assigned</span>;
  return (
    <div>
      <div className="font-medium">{person.name}</div>
      {person.afterHoursPhone.trim() ? <PhoneLine label="24/7" number={person.afterHoursPhone} /> : <div className="text-amber-800">No 24/7 number</div>}
    </div>
  );
}

/**
 * A committee member's ways to be reached: the e-mail for the committee's work, and the mobile and
 * 24/7 numbers for when the plan is invoked, each linked as the response team's table links its
 * numbers. A committee member need not be on call, so a missing number is not flagged.
 */
export function CommitteeContact({ person }: { person: { email: string; mobilePhone: string; afterHoursPhone: string } }) {
  const email = person.email.trim();
  const mailto = mailtoHref(email);
  if (!email && !person.mobilePhone.trim() && !person.afterHoursPhone.trim()) return <span className="text-slate-500">No contact details</span>;
  return (
    <div>
      {mailto ? (
        <div>
          <a href={mailto} className="text-blue-700 underline">
            <EmailAddress email={email} />
          </a>
        </div>
      ) : email ? (
        <div>
          <EmailAddress email={email} />
        </div>
      ) : null}
      {person.mobilePhone.trim() ? <PhoneLine label="Mobile" number={person.mobilePhone} /> : null}
      {person.afterHoursPhone.trim() ? <PhoneLine label="24/7" number={person.afterHoursPhone} /> : null}
    </div>
  );
}
