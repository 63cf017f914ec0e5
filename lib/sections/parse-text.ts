/**
 * The written plan is plain text: blank lines separate paragraphs, and lines starting with "- "
 * or "* " (bulleted) or "1. " (numbered) form lists. Parsed into blocks that React renders as
 * text, so nothing typed is ever interpreted as HTML.
 */
export type TextBlock = { type: "paragraph"; text: string } | { type: "bullets" | "numbers"; items: string[] };

const BULLET = /^\s*[-*]\s+(.*)$/;
const NUMBER = /^\s*\d+[.)]\s+(.*)$/;

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
      const type = bullet ? "bullets" : number ? "numbers" : null;
      if (!type) {
        paragraph.push(line.trim());
        continue;
      }
      flush();
      const last = blocks[blocks.length - 1];
      const item = (bullet ?? number)![1].trim();
      if (last && last.type === type) last.items.push(item);
      else blocks.push({ type, items: [item] });
    }
    flush();
  }
  return blocks;
}
