/**
 * The first organisation and its administrator, on an empty instance (or another administrator of
 * any organisation):
 *
 *   npm run create-admin -- --organisation "Harbour Lane Foods Ltd" --email alex@example.com --name "Alex Morgan"
 *
 * The organisation is created when none has its name's slug. A strong password is generated and
 * printed once, unless --password-stdin reads one from the standard input (one line).
 */
import "./lib/load-env";
import { parseArgs } from "node:util";
import { text } from "node:stream/consumers";
import { db } from "@/lib/db/client";
import { env, EnvError } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { oneLineError } from "@/lib/one-line-error";
import { createAdministrator, generatePassword } from "@/lib/members/create-administrator";

const USAGE = 'Usage: npm run create-admin -- --organisation "Name Ltd" --email admin@example.com --name "Full Name" [--password-stdin]';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      organisation: { type: "string" },
      email: { type: "string" },
      name: { type: "string" },
      "password-stdin": { type: "boolean", default: false },
    },
  });
  env();
  const password = values["password-stdin"] ? (await text(process.stdin)).split(/\r?\n/)[0] : generatePassword();
  const created = await createAdministrator({ input: { organisation: values.organisation ?? "", email: values.email ?? "", name: values.name ?? "", password } });
  console.log(
    created.organisationCreated
      ? `Created the organisation “${created.orgName}” (${created.orgSlug}).`
      : `Found the organisation “${created.orgName}” (${created.orgSlug}).`,
  );
  console.log(`${created.email} is now its administrator.`);
  if (!values["password-stdin"]) {
    console.log(`Initial password (shown once; change it after signing in, under "Change password"): ${password}`);
  }
  return 0;
}

main()
  .catch((error: unknown) => {
    if (error instanceof AppError && Object.keys(error.fieldErrors).length) {
      for (const [field, message] of Object.entries(error.fieldErrors)) console.error(`--${field}: ${message}`);
      console.error(USAGE);
    } else if (error instanceof Error && String((error as { code?: unknown }).code).startsWith("ERR_PARSE_ARGS")) {
      console.error(`${error.message}\n${USAGE}`);
    } else {
      // A wrong configuration (EnvError) names its variable; anything else is said in one line.
      console.error(error instanceof EnvError ? error.message : oneLineError(error));
    }
    return 1;
  })
  .then(async (code) => {
    // With a wrong configuration there is no client to close: reaching for it throws again.
    await Promise.resolve()
      .then(() => db.$disconnect())
      .catch(() => {});
    process.exit(code);
  });
