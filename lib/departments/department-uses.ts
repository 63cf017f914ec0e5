import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/context";
import { andList } from "@/lib/count";

/** What one plan puts in a department: its products and business functions, by name. */
export type PlanUse = { planName: string; archived: boolean; products: string[]; functions: string[] };
/** Everything that names a department: people of the register, and plans' products and functions. */
export type DepartmentUses = { people: string[]; plans: PlanUse[] };

const plan = { select: { id: true, name: true, status: true } } as const;

/** Every person, product and business function (in any plan, archived ones included) in the department. */
export async function listDepartmentUses(tx: Tx, actor: Pick<Actor, "orgId">, departmentId: string): Promise<DepartmentUses> {
  const where = { orgId: actor.orgId, departmentId };
  const [people, products, functions] = await Promise.all([
    tx.person.findMany({ where, orderBy: { name: "asc" }, select: { name: true } }),
    tx.product.findMany({ where, orderBy: { name: "asc" }, select: { name: true, plan } }),
    tx.businessFunction.findMany({ where, orderBy: { name: "asc" }, select: { name: true, plan } }),
  ]);
  const plans = new Map<string, PlanUse>();
  const entry = (p: { id: string; name: string; status: string }) => {
    const found = plans.get(p.id) ?? { planName: p.name, archived: p.status === "archived", products: [], functions: [] };
    plans.set(p.id, found);
    return found;
  };
  for (const p of products) entry(p.plan).products.push(p.name);
  for (const f of functions) entry(f.plan).functions.push(f.name);
  return { people: people.map((p) => p.name), plans: [...plans.values()].sort((a, b) => a.planName.localeCompare(b.planName)) };
}

export const inUse = (uses: DepartmentUses) => uses.people.length > 0 || uses.plans.length > 0;

const SHOWN = 5;

/** "“A”, “B” and “C”", the first few of a long list and how many more. */
function names(list: string[]): string {
  const quoted = list.slice(0, SHOWN).map((name) => `“${name}”`);
  if (list.length > SHOWN) return `${quoted.join(", ")} and ${list.length - SHOWN} more`;
  return andList(quoted);
}

const counted = (n: number, one: string, many: string) => (n === 1 ? one : many);

/**
 * What uses a department, in words that follow "it is used by": "the plan “Depot” (its product
 * “Payroll” and its functions “Invoicing” and “Billing”); 2 people of the register: “Sam Lee” and
 * “Ada Byron”".
 */
export function describeDepartmentUses(uses: DepartmentUses): string {
  const parts = uses.plans.map((p) => {
    const what = [
      p.products.length ? `its ${counted(p.products.length, "product", "products")} ${names(p.products)}` : null,
      p.functions.length ? `its ${counted(p.functions.length, "function", "functions")} ${names(p.functions)}` : null,
    ].filter(Boolean);
    return `the ${p.archived ? "archived plan" : "plan"} “${p.planName}” (${what.join(" and ")})`;
  });
  if (uses.people.length) {
    parts.push(`${uses.people.length} ${counted(uses.people.length, "person", "people")} of the register: ${names(uses.people)}`);
  }
  return parts.join("; ");
}
