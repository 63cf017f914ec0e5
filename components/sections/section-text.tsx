import { parseText } from "@/lib/sections/parse-text";

/** A section's plain text as paragraphs and lists: rendered as text, never as HTML. */
export function SectionText({ text }: { text: string }) {
  const blocks = parseText(text);
  if (blocks.length === 0) return <p className="text-sm italic text-slate-500">Not written yet.</p>;
  return (
    <div className="space-y-3 text-sm leading-relaxed text-slate-800">
      {blocks.map((block, i) =>
        block.type === "paragraph" ? (
          <p key={i}>{block.text}</p>
        ) : block.type === "bullets" ? (
          <ul key={i} className="list-disc space-y-1 pl-6">
            {block.items.map((item, j) => (
              <li key={j}>{item}</li>
            ))}
          </ul>
        ) : (
          <ol key={i} start={block.start === 1 ? undefined : block.start} className="list-decimal space-y-1 pl-6">
            {block.items.map((item, j) => (
              <li key={j}>{item}</li>
            ))}
          </ol>
        ),
      )}
    </div>
  );
}
