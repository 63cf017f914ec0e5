/**
 * The app's configuration, read from the environment and validated once. A wrong or missing
 * value stops start-up with a message naming the variable (instrumentation.ts calls env() at boot).
 */
import { z } from "zod";

const optionalUrl = z.url().optional();

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z
      .string({ error: "is required (postgresql://user:password@host:5432/database)" })
      .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL"),
    NEXTAUTH_SECRET: z
      .string({ error: "is required: a random string of at least 32 characters (openssl rand -base64 32)" })
      .min(32, "must be at least 32 characters (openssl rand -base64 32)"),
    // Required in production (below): links in notification e-mails are built from it.
    NEXTAUTH_URL: z.url({ error: "must be the public address people open Continuity at, e.g. https://continuity.example.com" }).optional(),
    // A session ends after this long without use (each page renews it) …
    SESSION_MAX_AGE_MINUTES: z.coerce.number().int().min(5).max(43_200).default(480),
    // … and this long after sign-in, however much it is used (lib/auth/session-cookie.ts).
    SESSION_ABSOLUTE_MAX_HOURS: z.coerce
      .number({ error: "must be a whole number of hours from 1 to 720" })
      .int("must be a whole number of hours from 1 to 720")
      .min(1, "must be a whole number of hours from 1 to 720")
      .max(720, "must be a whole number of hours from 1 to 720")
      .default(24),
    // How many reverse proxies in front of the app append to X-Forwarded-For; 0 trusts none of it
    // (lib/auth/client-address.ts, README "Security").
    TRUST_PROXY_HOPS: z.coerce
      .number({ error: "must be a whole number from 0 to 5" })
      .int("must be a whole number from 0 to 5")
      .min(0, "must be a whole number from 0 to 5")
      .max(5, "must be a whole number from 0 to 5")
      .default(0),
    OIDC_ISSUER: optionalUrl,
    OIDC_CLIENT_ID: z.string().min(1).optional(),
    OIDC_CLIENT_SECRET: z.string().min(1).optional(),
    OIDC_DISPLAY_NAME: z.string().min(1).default("Single sign-on"),
    // "off" only for a provider that never sends email_verified and whose addresses only its
    // administrators set (Microsoft Entra ID with a tenant issuer): see README, single sign-on.
    OIDC_REQUIRE_VERIFIED_EMAIL: z.enum(["on", "off"], { error: 'must be "on" or "off"' }).default("on"),
    // E-mail for notifications, e.g. smtp://user:password@smtp.example.com:587; off when unset.
    SMTP_URL: z.string().regex(/^smtps?:\/\//, "must be an smtp:// or smtps:// URL").optional(),
    SMTP_FROM: z.string().min(3).default("Continuity <continuity@localhost>"),
    // "off" when dedicated workers (scripts/worker.ts) take the background jobs instead.
    CONTINUITY_WORKERS: z.enum(["on", "off"], { error: 'must be "on" or "off"' }).default("on"),
    // "1" only for `npm run bench`: every SQL statement is logged to stdout (lib/db/query-timing.ts).
    CONTINUITY_QUERY_TIMING: z.enum(["0", "1"], { error: 'must be "0" or "1"' }).default("0"),
  })
  .superRefine((value, ctx) => {
    if (value.NODE_ENV === "production" && !value.NEXTAUTH_URL) {
      ctx.addIssue({
        code: "custom",
        path: ["NEXTAUTH_URL"],
        message: "is required in production: the public address people open Continuity at, e.g. https://continuity.example.com (links in e-mails are built from it)",
      });
    }
    const oidc = [value.OIDC_ISSUER, value.OIDC_CLIENT_ID, value.OIDC_CLIENT_SECRET];
    if (oidc.some(Boolean) && !oidc.every(Boolean)) {
      ctx.addIssue({
        code: "custom",
        path: ["OIDC_ISSUER"],
        message: "OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET must be set together",
      });
    }
  });

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

export class EnvError extends Error {}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = schema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new EnvError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  return result.data;
}

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

export function oidcEnabled(config: Env = env()): boolean {
  return Boolean(config.OIDC_ISSUER && config.OIDC_CLIENT_ID && config.OIDC_CLIENT_SECRET);
}
