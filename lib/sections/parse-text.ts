/**
 * The written plan is plain text: blank lines separate paragraphs, and lines starting with "- "
 * or "* " (bulleted) or "1. " (numbered) form lists. Parsed into blocks that React renders as
 * text, so nothing typed is ever interpreted as HTML. A numbered list keeps the number its first
 * step was written with, and a step goes on from the list before it only when its number follows
 * on: "3." after a line of text is still step 3, and a list written from "1." again is a new one.
 */
export type TextBlock = { type: "paragraph"; text: string } | { type: "bullets"; items: string[] } | { type: "numbers"; start: number; items: string[] };

const BULLET = /^\s*[-*]\s+(.*)$/;
const NUMBER = /^\s*(\d+)[.)]\s+(.*)$/;

export function parseText(text: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  for (const chunk of text.replace(/\r\n?/g, "\n").split(/\n\s*\n/)) {
    const lines = chunk.split("\n").filter((line) => line.trim() !== "");
    let paragraph: string[] = [];
    const flush = () => {
      if (paragraph.length) blocks.push({ type: "paragraph", text: paragraph.join(" ") });
      paragraph = [];
    };
    for (const line of lines) {
      const bullet = BULLET.exec(line);
      const number = bullet ? null : NUMBER.exec(line);
      if (!bullet && !number) {
        paragraph.push(line.trim());
        continue;
      }
      flush();
      const last = blocks[blocks.length - 1];
      if (bullet) {
        const item = bullet[1].trim();
        if (last?.type === "bullets") last.items.push(item);
        else blocks.push({ type: "bullets", items: [item] });
        continue;
      }
      const [, written, stepText] = number!;
      const step = Number(written);
      if (last?.type === "numbers" && step === last.start + last.items.length) last.items.push(stepText.trim());
      else blocks.push({ type: "numbers", start: step, items: [stepText.trim()] });
    }
    flush();
  }
  return blocks;
}
