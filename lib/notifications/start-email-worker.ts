import "server-only";
import { deliverPendingEmails } from "@/lib/notifications/deliver-emails";

/** How often the worker looks for notifications to e-mail. */
const POLL_MS = 5_000;

/**
 * E-mails notifications in the background, whatever action made them: every few seconds, one
 * run at a time per process. The notifications table is the outbox, so a notification written by
 * any transaction is mailed once it commits, and instances running this side by side share the
 * work through deliverPendingEmails' claims. Returns a function that stops it.
 */
export function startEmailWorker({ pollMs = POLL_MS, timeoutMs }: { pollMs?: number; timeoutMs?: number } = {}): () => Promise<void> {
  let running: Promise<unknown> = Promise.resolve();
  let busy = false;
  const tick = () => {
    if (busy) return;
    busy = true;
    running = deliverPendingEmails({ timeoutMs })
      .catch((error: unknown) => console.error("Notification e-mail run failed", error))
      .finally(() => (busy = false));
  };
  const timer = setInterval(tick, pollMs);
  tick();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
