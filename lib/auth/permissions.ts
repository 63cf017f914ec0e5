/**
 * Permissions as data: the one table that says what each role may do. The server checks it
 * (authorize() in lib/auth/context.ts) and the UI reads it (can()) to hide what a role may not
 * do. Safe to import from client components: no server code here.
 */
export const ROLES = ["admin", "committee", "executive", "auditor"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  admin: "Administrator",
  committee: "Committee member",
  executive: "Executive",
  auditor: "Auditor",
};

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  admin: "Manages members, roles and settings; edits plans.",
  committee: "Fills in and maintains the plans.",
  executive: "Reads everything, approves plans and records incidents.",
  auditor: "Reads everything and exports reports; changes nothing.",
};

const EVERYONE: readonly Role[] = ROLES;

export const PERMISSIONS = {
  "plan:read": EVERYONE,
  "plan:create": ["admin", "committee"],
  "plan:edit": ["admin", "committee"],
  "plan:archive": ["admin", "committee"],
  "plan:submit": ["admin", "committee"],
  "plan:approve": ["executive"],
  "plan:export": EVERYONE,
  // Running an incident under a plan: executives decide invocation, so they record it too.
  "incident:record": ["admin", "committee", "executive"],
  // A management review (ISO 22301 §9.3) is top management's: executives hold it, administrators
  // minute it for them; the committee's work is among its inputs, so it does not record it (decision 64).
  "review:record": ["admin", "executive"],
  "member:read": ["admin", "executive", "auditor"],
  "member:manage": ["admin"],
  // One's own password: every member, auditors included (it changes no organisation data).
  "account:password": EVERYONE,
  // Ending all of one's own sessions ("sign out of all other devices"): every member (decision 92).
  "account:sessions": EVERYONE,
  // Which of one's own notifications are e-mailed: every member (decision 67).
  "account:notifications": EVERYONE,
  "audit:read": ["admin", "executive", "auditor"],
  "org:settings": ["admin"],
  // The whole organisation as one file, password hashes included: administrators only.
  "org:export": ["admin"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}
