/**
 * Sends the due reminders once, as the worker's daily schedule does (decision 66): `npm run
 * reminders`. Safe to run at any time, and beside the worker: nobody is reminded twice. Ends
 * with a non-zero code when any organisation's reminders failed (each is logged by name); the
 * other organisations are still reminded.
 */
import "./lib/load-env";
import { env, EnvError } from "@/lib/env";
import { describeRun, sendDueReminders } from "@/lib/reminders/send-due-reminders";

async function main() {
  try {
    env();
  } catch (error) {
    console.error(error instanceof EnvError ? error.message : error);
    process.exit(1);
  }
  const run = await sendDueReminders({ now: new Date() });
  console.log(describeRun(run));
  process.exit(run.failed.length === 0 ? 0 : 1);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
