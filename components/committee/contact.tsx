/** A response-team contact: name, and the number that reaches them at any hour (flagged if none). */
export function Contact({ person }: { person: { name: string; afterHoursPhone: string; mobilePhone: string } | null }) {
  if (!person) return <span className="text-amber-800">Nobody assigned</span>;
  return (
    <div>
      <div className="font-medium">{person.name}</div>
      {person.afterHoursPhone ? (
        <div className="tabular-nums">
          24/7: <a href={`tel:${person.afterHoursPhone.replace(/\s/g, "")}`} className="text-blue-700 underline">{person.afterHoursPhone}</a>
        </div>
      ) : (
        <div className="text-amber-800">No 24/7 number</div>
      )}
    </div>
  );
}
