import { ROLE_LABELS, type Role } from "@/lib/auth/permissions";

/**
 * What an administrator is asked before a role change takes effect, or null when it takes effect
 * at once. Granting or taking away administrator rights decides who controls members and settings,
 * so a slip of the select must not do it on one click.
 */
export function roleChangeConfirmation(name: string, from: Role, to: Role): { title: string; body: string; confirmLabel: string } | null {
  if (from === to || (from !== "admin" && to !== "admin")) return null;
  if (to === "admin") {
    return {
      title: `Make ${name} an administrator?`,
      body: `${name} will be able to add and remove members, change anyone's role and change the organisation's settings. Their current sessions end; they sign in again.`,
      confirmLabel: "Make administrator",
    };
  }
  return {
    title: `Take away ${name}'s administrator rights?`,
    body: `${name}'s role becomes ${ROLE_LABELS[to]}: they can no longer manage members or settings. Their current sessions end; they sign in again.`,
    confirmLabel: `Change role to ${ROLE_LABELS[to]}`,
  };
}
