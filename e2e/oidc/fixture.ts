/**
 * The local OpenID Connect provider the single sign-on tests run against (e2e/oidc/provider.ts):
 * its client registration and the accounts it knows. The login name is what the test types on the
 * provider's sign-in form; it is also the account's `sub`.
 */
export const IDP_CLIENT = { id: "continuity-e2e", secret: "continuity-e2e-client-secret" } as const;

export const IDP_DISPLAY_NAME = "Harbour Lane SSO";

export type IdpAccount = { login: string; email: string; emailVerified: boolean; name: string };

export const IDP_ACCOUNTS = {
  // A demo member (Priya Shah, committee member at Harbour Lane Foods).
  member: { login: "priya", email: "priya.shah@harbourlane.example", emailVerified: true, name: "Priya S. (IdP)" },
  // A demo member (Daniel Okafor, executive) whose address the provider spells with capitals.
  memberMixedCase: { login: "daniel", email: "Daniel.Okafor@HarbourLane.Example", emailVerified: true, name: "D. Okafor (IdP)" },
  // Someone the provider knows who is no member of any organisation here.
  stranger: { login: "stranger", email: "sam.stranger@elsewhere.example", emailVerified: true, name: "Sam Stranger" },
  // A member's address (Helen Ward, auditor) that the provider has not verified.
  unverified: { login: "unverified", email: "helen.ward@harbourlane.example", emailVerified: false, name: "Not Helen" },
} as const satisfies Record<string, IdpAccount>;
