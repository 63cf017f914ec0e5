import "server-only";
import { db, type PrismaClient } from "@/lib/db/client";

/**
 * Records one session as ended, so a copy of its cookie is refused (lib/auth/context.ts) until
 * `endsAt`, its absolute end, past which no copy counts anyway (decision 90). Each call purges the
 * rows past their end, so the table holds only the sessions signed out in the last day or so.
 * Signing out twice with the same cookie (two tabs) records it once.
 */
export async function endSession({
  sessionId,
  userId,
  endsAt,
  now = new Date(),
  client = db,
}: {
  sessionId: string;
  userId: string;
  endsAt: Date;
  now?: Date;
  /** Another client only in the tests that sign out while the database is down. */
  client?: PrismaClient;
}): Promise<void> {
  await client.$transaction([
    client.endedSession.deleteMany({ where: { endsAt: { lt: now } } }),
    client.endedSession.createMany({ data: [{ id: sessionId, userId, endsAt }], skipDuplicates: true }),
  ]);
}
