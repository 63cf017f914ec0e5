/**
 * An e-mail address that may break after its "@" and nowhere else unless it must: in a table,
 * the column then needs only the longer half's width, and no address is split mid-word.
 */
export function EmailAddress({ email }: { email: string }) {
  const at = email.lastIndexOf("@");
  if (at < 0) return <>{email}</>;
  return (
    <>
      {email.slice(0, at + 1)}
      <wbr />
      {email.slice(at + 1)}
    </>
  );
}
