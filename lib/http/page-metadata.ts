import "server-only";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/context";
import { can, type Permission } from "@/lib/auth/permissions";

/**
 * The 404 page's title, whatever page was asked for: a title that named that page would say it is
 * there (WCAG 2.4.2). Next.js titles the 404 page from app/not-found.tsx once a page's or layout's
 * metadata calls notFound(); it does that only if every layout's metadata still resolves then, so a
 * layout that finds its record missing returns this instead of throwing. Its template is the same
 * title (no "%s"), so that every page below such a layout is titled "Not found" too
 * (docs/decisions/0036).
 */
export const NOT_FOUND_METADATA: Metadata = { title: { absolute: "Not found · Continuity", template: "Not found · Continuity" } };

/**
 * The metadata of a page that only members with `permission` may open: its title, or for anyone
 * else the 404 page's, as the page itself renders the 404 page for them.
 */
export function permittedPageMetadata(permission: Permission, title: string): () => Promise<Metadata> {
  return async () => {
    const actor = await requireActor();
    if (!can(actor.role, permission)) notFound();
    return { title };
  };
}
