/**
 * A text cut to `max` characters, "…" at the end when it was longer (counted in characters a
 * reader sees: an emoji is one, not two).
 */
export function clipText(text: string, max: number): string {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max - 1).join("")}…` : text;
}

/**
 * A long text's old and new value, each cut to at most `max` characters around the place they
 * first differ, so that where they differ shows on both sides. Cut from their start, as
 * `clipText` cuts one value, a sentence added at the end of a long section read as the same
 * "…" twice, and a change's reader (an approver, an auditor) could not see what it was. Some
 * words before the difference are kept for context; "…" marks each end that was cut. Texts
 * that fit, or that read the same, are cut from their start.
 */
export function changedExcerpts(before: string, after: string, max: number): [string, string] {
  const [was, now] = [[...before], [...after]];
  if ((was.length <= max && now.length <= max) || before === after) return [clipText(before, max), clipText(after, max)];
  let same = 0;
  while (same < was.length && same < now.length && was[same] === now[same]) same += 1;
  const context = Math.floor(max / 4);
  const start = same > context ? same - context : 0;
  const excerpt = (chars: string[]) => {
    if (start === 0) return clipText(chars.join(""), max);
    const rest = chars.slice(start);
    return rest.length > max - 1 ? `…${rest.slice(0, max - 2).join("")}…` : `…${rest.join("")}`;
  };
  return [excerpt(was), excerpt(now)];
}
