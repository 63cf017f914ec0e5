/**
 * Sends the due reminders once, as the worker's daily schedule does (decision 66): `npm run
 * reminders`. Safe to run at any time, and beside the worker: nobody is reminded twice.
 */
import "./lib/load-env";
import { env, EnvError } from "@/lib/env";
import { sendDueReminders } from "@/lib/reminders/send-due-reminders";

async function main() {
  try {
    env();
  } catch (error) {
    console.error(error instanceof EnvError ? error.message : error);
    process.exit(1);
  }
  const sent = await sendDueReminders({ now: new Date() });
  console.log(`Due reminders: ${sent} sent.`);
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
