import "server-only";
import { randomUUID } from "node:crypto";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/lib/db/client";
import { env, oidcEnabled, type Env } from "@/lib/env";
import { signInWithPassword } from "@/lib/auth/sign-in-with-password";
import { admitSsoIdentity, type SsoClaims } from "@/lib/auth/admit-sso-identity";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { clientAddress } from "@/lib/auth/client-address";
import { nowSeconds, pastAbsoluteEnd, sessionLifetime, signedInAtOf } from "@/lib/auth/session-cookie";
import { signOutSession } from "@/lib/auth/sign-out-session";
import { DEFAULT_DESTINATION, sameOriginPath } from "@/lib/auth/destination";

/** Shown for a locked e-mail or IP address (next-auth passes the error's message to the page). */
export const TOO_MANY_ATTEMPTS = "TooManyAttempts";
/** Shown when the database cannot be reached, so an outage never reads as a wrong password. */
export const UNAVAILABLE = "Unavailable";

/** The sign-in page's error code for a provider identity whose e-mail the provider did not verify. */
export const SSO_EMAIL_NOT_VERIFIED = "EmailNotVerified";

function admitSso(profile: SsoClaims | undefined, config: Env) {
  return admitSsoIdentity({ claims: profile ?? {}, requireVerifiedEmail: config.OIDC_REQUIRE_VERIFIED_EMAIL === "on" });
}

/**
 * next-auth configuration. Sessions are signed JWT cookies (several app instances can serve the
 * same user); each request re-reads the membership from Postgres (lib/auth/context.ts), so a role
 * change or removal takes effect at once, and so does signing out (the ended sessions, decision 90).
 */
export function authOptions(): NextAuthOptions {
  const config = env();
  // A new session lives its idle time (the proxy renews it while in use), never past its absolute end.
  const maxAge = Math.min(config.SESSION_MAX_AGE_MINUTES * 60, config.SESSION_ABSOLUTE_MAX_HOURS * 3600);
  const providers: NextAuthOptions["providers"] = [
    CredentialsProvider({
      id: "credentials",
      name: "E-mail and password",
      credentials: { email: { label: "E-mail", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, request) {
        const ip = clientAddress(request?.headers?.["x-forwarded-for"], config.TRUST_PROXY_HOPS);
        const outcome = await signInWithPassword({ input: credentials, ip }).catch((error: unknown) => {
          throw isDatabaseUnavailable(error) ? new Error(UNAVAILABLE) : error;
        });
        if (outcome.status === "throttled") throw new Error(TOO_MANY_ATTEMPTS);
        return outcome.status === "ok" ? outcome.user : null;
      },
    }),
  ];
  if (oidcEnabled(config)) {
    providers.push({
      id: "oidc",
      name: config.OIDC_DISPLAY_NAME,
      type: "oauth",
      wellKnown: `${config.OIDC_ISSUER!.replace(/\/$/, "")}/.well-known/openid-configuration`,
      clientId: config.OIDC_CLIENT_ID,
      clientSecret: config.OIDC_CLIENT_SECRET,
      authorization: { params: { scope: "openid email profile" } },
      idToken: true,
      checks: ["pkce", "state"],
      // The claims come from the userinfo endpoint: a provider that follows the specification to
      // the letter puts e-mail and name only there, not in the ID token. next-auth types the tokens
      // as plain parameters, but passes openid-client's TokenSet (from client.callback), and given
      // one, userinfo() refuses a response whose `sub` is not the ID token's.
      userinfo: { request: ({ client, tokens }) => client.userinfo(tokens as Parameters<typeof client.userinfo>[0]) },
      profile(profile: { sub: string; email?: string; name?: string }) {
        return { id: profile.sub, email: profile.email?.toLowerCase() ?? null, name: profile.name ?? profile.email ?? null };
      },
    });
  }
  return {
    secret: config.NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge },
    jwt: { maxAge },
    pages: { signIn: "/signin", error: "/signin" },
    providers,
    callbacks: {
      // Every redirect next-auth makes (after OIDC sign-in, sign-out) stays on this origin, on a
      // page: a callbackUrl is only ever a checked path of the app (lib/auth/destination.ts).
      async redirect({ url, baseUrl }) {
        const path = url.startsWith(baseUrl) ? url.slice(baseUrl.length) : url;
        return `${baseUrl}${sameOriginPath(path) ?? DEFAULT_DESTINATION}`;
      },
      // An identity-provider account signs in only if an administrator made it a member first.
      async signIn({ account, profile }) {
        if (account?.provider !== "oidc") return true;
        const admission = await admitSso(profile, config);
        if (admission.status === "email-not-verified") return `/signin?error=${SSO_EMAIL_NOT_VERIFIED}`;
        return admission.status === "ok";
      },
      async jwt({ token, user, account, profile }) {
        if (user) {
          // A provider identity is mapped to its member by the same rule that let it in.
          const admission = account?.provider === "oidc" ? await admitSso(profile, config) : null;
          const userId = admission ? (admission.status === "ok" ? admission.userId : null) : user.id;
          const found = userId ? await db.user.findUnique({ where: { id: userId }, select: { id: true, sessionVersion: true } }) : null;
          token.sub = found?.id;
          token.sessionVersion = found?.sessionVersion ?? -1;
          token.signedInAt = nowSeconds();
          token.sid = randomUUID();
        }
        return token;
      },
      // A session past its absolute end names no one (so currentActor has no member), however
      // its cookie was kept alive. Nor does one without an id (minted before sessions had one):
      // signing out could not end it (decision 90).
      async session({ session, token }) {
        if (typeof token.sid !== "string") return session;
        if (pastAbsoluteEnd(sessionLifetime(config), signedInAtOf(token), nowSeconds())) return session;
        return { ...session, userId: token.sub, sessionVersion: token.sessionVersion, sessionId: token.sid };
      },
    },
    events: {
      // next-auth's own sign-out (its page at /api/auth/signout, CSRF-checked) ends the session
      // too, as the Sign out button's route does (app/api/sign-out/route.ts). next-auth cannot
      // say here that the recording failed, which is why the button does not use it (decision 90).
      async signOut({ token }) {
        if (token) await signOutSession({ token });
      },
    },
  };
}
