import { telHref } from "@/lib/people/phone";

/**
 * A response-team contact: name, and the number that reaches them at any hour, as a tel: link only
 * when it is a phone number (flagged if none, or if the text kept there is not a number).
 */
export function Contact({ person }: { person: { name: string; afterHoursPhone: string; mobilePhone: string } | null }) {
  if (!person) return <span className="text-amber-800">Nobody assigned</span>;
  const href = telHref(person.afterHoursPhone);
  return (
    <div>
      <div className="font-medium">{person.name}</div>
      {href ? (
        // Kept on one line: a number broken across two is easy to misread in a crisis.
        <div className="whitespace-nowrap tabular-nums">
          24/7: <a href={href} className="text-blue-700 underline">{person.afterHoursPhone}</a>
        </div>
      ) : person.afterHoursPhone.trim() ? (
        <div className="text-amber-800">24/7: {person.afterHoursPhone} (not a phone number)</div>
      ) : (
        <div className="text-amber-800">No 24/7 number</div>
      )}
    </div>
  );
}
