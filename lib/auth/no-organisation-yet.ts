import "server-only";
import { db } from "@/lib/db/client";

/**
 * What the sign-in page says on an instance with no organisation at all, where nobody can sign in
 * until whoever runs the server creates the first one. Said only then: once any organisation
 * exists, a failed sign-in says nothing about what exists.
 */
export const NO_ORGANISATION_MESSAGE =
  'No organisation has been set up yet. An administrator creates the first one on the server with npm run create-admin -- --organisation "Your organisation" --email you@example.com --name "Your name" (see docs/self-hosting.md).';

// Organisations are not deleted, so once one is seen the page stops asking: its signed-out
// render stays free of SQL, as the load benchmark's floor measures it.
let organisationSeen = false;

/**
 * The message above when no organisation exists, otherwise null. Null too when Postgres cannot be
 * reached: the page then says nothing of it, and a sign-in says the service is unavailable.
 */
export async function noOrganisationMessage(): Promise<string | null> {
  if (organisationSeen) return null;
  const found = await db.organization.findFirst({ select: { id: true } }).catch(() => undefined);
  if (found === undefined) return null;
  organisationSeen = found !== null;
  return found ? null : NO_ORGANISATION_MESSAGE;
}
