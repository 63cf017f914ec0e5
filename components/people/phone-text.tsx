import { telHref } from "@/lib/people/phone";

/**
 * A person's number as the People pages show it: a tel: link when it is a number, the text kept
 * there otherwise, and `empty` when there is none.
 */
export function PhoneText({ text, empty }: { text: string; empty: React.ReactNode }) {
  if (!text.trim()) return <>{empty}</>;
  const href = telHref(text);
  if (!href) return <>{text}</>;
  return (
    <a href={href} className="whitespace-nowrap tabular-nums text-blue-700 underline">
      {text}
    </a>
  );
}
