/**
 * The written plan is plain text: blank lines separate paragraphs, and lines starting with "- "
 * or "* " (bulleted) or "1. " (numbered) form lists. Parsed into blocks that React renders as
 * text, so nothing typed is ever interpreted as HTML. A numbered list starts at the number its
 * first line gives: a recovery sequence interrupted by a note goes on at step 3, as the printed
 * plan (which shows the text as typed) says.
 */
export type TextBlock =
  | { type: "paragraph"; text: string }
  | { type: "bullets"; items: string[] }
  | { type: "numbers"; items: string[]; start: number };

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
      const type = bullet ? "bullets" : number ? "numbers" : null;
      if (!type) {
        paragraph.push(line.trim());
        continue;
      }
      flush();
      const last = blocks[blocks.length - 1];
      const item = (bullet ? bullet[1] : number![2]).trim();
      if (last && last.type === type) last.items.push(item);
      else blocks.push(bullet ? { type: "bullets", items: [item] } : { type: "numbers", items: [item], start: Number(number![1]) });
    }
    flush();
  }
  return blocks;
}
