import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";

/** What the documents settings form starts from: the marking and the version it saves against. */
export async function getDocumentSettings({ actor }: { actor: Actor }) {
  authorize(actor, "org:settings");
  const org = await db.organization.findUniqueOrThrow({ where: { id: actor.orgId }, select: { documentMarking: true, documentSettingsVersion: true } });
  return { documentMarking: org.documentMarking, version: org.documentSettingsVersion };
}
