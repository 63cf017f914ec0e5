import { andList } from "@/lib/count";

/**
 * What counts as an unsaved change, and which navigations would lose one: the pure half of the
 * guard in components/ui/unsaved-changes-guard.tsx (safe to import from client components).
 */

/**
 * The attribute of a field the page keeps filled itself, not the person: an incident form's time
 * while untouched follows the page's now, which a refresh moves on (NowTimeField). It is no change
 * of the person's, so the guard leaves it out until they type in it.
 */
export const FOLLOWS_PAGE = "data-follows-page";

/**
 * A form's fields as one comparable value: each name with its value, in the form's order, but for
 * the fields named in `followsPage`. A file counts by its name and size (an empty file input
 * sends an empty, nameless one). Two snapshots are equal exactly when the form would submit the
 * same, so typing a field back to what it was is no change, while ticking a box or choosing a
 * file is.
 */
export function formSnapshot(entries: Iterable<[string, string | File]>, followsPage: ReadonlySet<string> = new Set()): string {
  return JSON.stringify(
    Array.from(entries)
      .filter(([name]) => !followsPage.has(name))
      .map(([name, value]) => [name, typeof value === "string" ? value : `file:${value.name}:${value.size}`]),
  );
}

/**
 * Whether following a link (or a history step) from `from` to `to` would replace the page:
 * a plain left click in this window to another address of the web. A new tab or window (a
 * modifier key, the middle button, a target), a download, `tel:` or `mailto:`, and a jump within
 * the page (only the #fragment differs) leave the page, and its forms, where they are.
 */
export function leavesPage({
  from,
  to,
  target = "",
  download = false,
  button = 0,
  modified = false,
}: {
  from: string;
  to: string;
  target?: string;
  download?: boolean;
  button?: number;
  /** Ctrl, Meta, Shift or Alt held: the browser opens the link elsewhere or saves it. */
  modified?: boolean;
}): boolean {
  if (button !== 0 || modified || download || (target !== "" && target !== "_self")) return false;
  const here = new URL(from);
  const there = new URL(to, from);
  if (there.protocol !== "http:" && there.protocol !== "https:") return false;
  return here.origin !== there.origin || here.pathname !== there.pathname || here.search !== there.search;
}

/** The question asked before a navigation would lose the changes in the forms named. */
export function unsavedChangesQuestion(forms: readonly string[]): string {
  const list = forms.length ? andList(forms.map((name) => `“${name}”`)) : "a form";
  return `You have unsaved changes in ${list}. Leave this page and lose them?`;
}
