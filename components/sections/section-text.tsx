import { parseText } from "@/lib/sections/parse-text";
import { phoneParts } from "@/lib/people/phone-in-text";

/** A piece of text with the phone numbers in it as tel: links, kept on one line each. */
function WithNumbers({ text }: { text: string }) {
  return phoneParts(text).map((part, i) =>
    part.href ? (
      <a key={i} href={part.href} className="whitespace-nowrap font-semibold tabular-nums text-blue-800 underline">
        {part.text}
      </a>
    ) : (
      part.text
    ),
  );
}

/**
 * A section's plain text as paragraphs and lists: rendered as text, never as HTML. `dialNumbers`:
 * the phone numbers written in it are links that dial them (the emergency sheet, read on a phone).
 */
export function SectionText({ text, dialNumbers = false }: { text: string; dialNumbers?: boolean }) {
  const blocks = parseText(text);
  if (blocks.length === 0) return <p className="text-sm italic text-slate-500">Not written yet.</p>;
  const show = (words: string) => (dialNumbers ? <WithNumbers text={words} /> : words);
  return (
    <div className="space-y-3 text-sm leading-relaxed text-slate-800">
      {blocks.map((block, i) =>
        block.type === "paragraph" ? (
          <p key={i}>{show(block.text)}</p>
        ) : block.type === "bullets" ? (
          <ul key={i} className="list-disc space-y-1 pl-6">
            {block.items.map((item, j) => (
              <li key={j}>{show(item)}</li>
            ))}
          </ul>
        ) : (
          <ol key={i} start={block.start} className="list-decimal space-y-1 pl-6">
            {block.items.map((item, j) => (
              <li key={j}>{show(item)}</li>
            ))}
          </ol>
        ),
      )}
    </div>
  );
}
