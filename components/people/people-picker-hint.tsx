import Link from "next/link";

/**
 * What a people picker says about whom it offers: every member is in the People register already
 * (adding a member puts them there), so only someone who is not a member, a supplier's contact or
 * a night supervisor who never signs in, needs adding, on the People page.
 */
export function PeoplePickerHint({ count }: { count: number }) {
  return (
    <>
      {count ? "Every member is listed. Someone who is not a member? Add them in " : "Nobody in the People register yet. Add people in "}
      <Link href="/people" className="text-blue-700 underline">
        People
      </Link>
      .
    </>
  );
}
