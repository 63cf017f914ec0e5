import { isPhoneNumber } from "@/lib/people/phone";
import { andList, count, fewOf } from "@/lib/count";

type Contact = { name: string; afterHoursPhone: string };
export type ResponseRoleFacts = { title: string; primary: Contact | null; alternate: Contact | null };

/** Text that is not a number (kept from before numbers were checked) reaches nobody. */
export const reachable = (person: Contact | null) => Boolean(person && isPhoneNumber(person.afterHoursPhone));

/** `head` + the roles + `tail`: up to three named in the sentence, more counted and the first three listed after it. */
function aboutRoles(head: string, roles: string[], tail: string): string {
  if (roles.length <= 3) return `${head} ${andList(roles)}${tail}.`;
  return `${head} ${count(roles.length, "response-team role")}${tail}: ${fewOf(roles, 3)}.`;
}

/**
 * What the response team still lacks to be reached at any hour (pure), one sentence per missing
 * fact, each naming the roles it concerns. A primary or an alternate nobody fills is a different
 * errand from a named person without a 24/7 number, which is fixed in the people register, so
 * that person is named beside their role.
 */
export function responseTeamTodo(roles: readonly ResponseRoleFacts[]): string[] {
  const todo: string[] = [];
  for (const seat of ["primary", "alternate"] as const) {
    const unfilled = roles.filter((role) => role[seat] === null).map((role) => role.title);
    if (unfilled.length) todo.push(aboutRoles(`Name ${seat === "primary" ? "a primary" : "an alternate"} for`, unfilled, ""));
    const unreachable = roles.flatMap((role) => {
      const person = role[seat];
      return person && !reachable(person) ? [`${role.title} (${person.name})`] : [];
    });
    if (unreachable.length) todo.push(aboutRoles(`Give the ${seat} of`, unreachable, " a 24/7 number"));
  }
  return todo;
}
