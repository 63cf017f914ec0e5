/**
 * A real OpenID Connect provider (the `oidc-provider` package) for the single sign-on tests,
 * started by Playwright as a second web server (playwright.config.ts). One confidential client,
 * the accounts in fixture.ts, and the package's development sign-in form, where any password is
 * accepted for a known login. Consent is implied for the one client, as it would be for a
 * company's own application. Claims follow the specification strictly: e-mail and name are
 * released from the userinfo endpoint, not in the ID token.
 */
import { generateKeyPairSync, randomBytes } from "node:crypto";
import Provider, { type Configuration } from "oidc-provider";
import { IDP_ACCOUNTS, IDP_CLIENT, type IdpAccount } from "./fixture";

const port = Number(process.env.OIDC_PORT);
const redirectUri = process.env.OIDC_REDIRECT_URI;
if (!port || !redirectUri) throw new Error("OIDC_PORT and OIDC_REDIRECT_URI are required");

const accounts = new Map<string, IdpAccount>(Object.values(IDP_ACCOUNTS).map((account) => [account.login, account]));
const signingKey = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ format: "jwk" });

const configuration: Configuration = {
  clients: [
    {
      client_id: IDP_CLIENT.id,
      client_secret: IDP_CLIENT.secret,
      redirect_uris: [redirectUri],
      grant_types: ["authorization_code"],
      response_types: ["code"],
      token_endpoint_auth_method: "client_secret_basic",
    },
  ],
  jwks: { keys: [{ ...signingKey, kid: "e2e", use: "sig", alg: "RS256" }] },
  cookies: { keys: [randomBytes(32).toString("hex")] },
  claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
  features: { devInteractions: { enabled: true } },
  async findAccount(_ctx, sub) {
    const account = accounts.get(sub);
    if (!account) return undefined;
    return {
      accountId: sub,
      claims: () => ({ sub, email: account.email, email_verified: account.emailVerified, name: account.name }),
    };
  },
  async loadExistingGrant(ctx) {
    const { client, session } = ctx.oidc;
    if (!client || !session?.accountId) return undefined;
    const grantId = ctx.oidc.result?.consent?.grantId ?? session.grantIdFor(client.clientId);
    if (grantId) return ctx.oidc.provider.Grant.find(grantId);
    const grant = new ctx.oidc.provider.Grant({ clientId: client.clientId, accountId: session.accountId });
    grant.addOIDCScope("openid email profile");
    await grant.save();
    return grant;
  },
};

new Provider(`http://127.0.0.1:${port}`, configuration).listen(port, "127.0.0.1");
