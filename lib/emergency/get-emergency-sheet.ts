import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { notFound } from "@/lib/errors";
import { planScope } from "@/lib/plans/scope";
import { planRecords } from "@/lib/bia/scope";
import type { ItemData } from "@/lib/inventories/fields";
import { isInventoryKind, registerOf } from "@/lib/inventories/registers";
import { SECTIONS } from "@/lib/sections/section-keys";
import { contactNumbers, personDials, type Contact } from "@/lib/emergency/dials";
import { splitLeads } from "@/lib/emergency/lead-roles";
import { EMERGENCY_KINDS, EMERGENCY_REGISTERS, registerCards, type EmergencyRegister, type SheetCard } from "@/lib/emergency/register-cards";

const contact = { select: { id: true, name: true, jobTitle: true, email: true, workPhone: true, mobilePhone: true, afterHoursPhone: true, updatedAt: true } };

/**
 * When what the sheet shows last changed, so that a printed copy can be told to be out of date:
 * the newest of the rows it shows (the activation section, the registers' entries, the people it
 * names) and of the changes that leave no row to date, read from the audit log: the response
 * team's roles, which keep no date of their own, the entries of its registers deleted, and the
 * people its entries name deleted (shown since as removed). Null while the sheet shows nothing.
 */
async function lastChanged({ actor, planId, shown, removed }: { actor: Actor; planId: string; shown: (Date | null | undefined)[]; removed: string[] }) {
  const gone = await db.auditLog.findFirst({
    where: {
      orgId: actor.orgId,
      OR: [
        { planId, entityType: "ert-role" },
        { planId, action: "inventory.item_deleted", OR: EMERGENCY_KINDS.map((kind) => ({ before: { path: ["kind"], equals: kind } })) },
        ...(removed.length ? [{ action: "person.deleted", entityId: { in: removed } }] : []),
      ],
    },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  const dates = [...shown, gone?.createdAt].filter((date): date is Date => date instanceof Date);
  return dates.length ? new Date(Math.max(...dates.map((date) => date.getTime()))) : null;
}

function personCard(person: (Contact & { id: string; jobTitle: string }) | null) {
  return person ? { id: person.id, name: person.name, jobTitle: person.jobTitle, ...personDials(person) } : null;
}

export type SheetPerson = NonNullable<ReturnType<typeof personCard>>;
/** `leftOut`: the register's items the sheet does not show (vendors not critical to recovery with no number). */
export type RegisterBlock = { kind: string; title: string; cards: SheetCard[]; leftOut: number };

/**
 * What the emergency response team needs on the morning of an incident, for one plan, in one
 * read: who leads (the roles marked as leading the response, lib/emergency/lead-roles.ts), the rest of
 * the team, each person with every number the People register holds for them; the call tree,
 * the critical numbers, the temporary locations, the insurers' claim lines and the vendors' 24/7
 * numbers from the plan's registers; the written plan's activation section; the organisation's
 * classification marking; and when all that last changed and when this copy was made. Another
 * organisation's plan is not found.
 */
export async function getEmergencySheet({ actor, planId, now = new Date() }: { actor: Actor; planId: string; now?: Date }) {
  authorize(actor, "plan:read");
  const found = await db.plan.findFirst({ where: planScope(actor, planId), select: { id: true, name: true, status: true, org: { select: { documentMarking: true } } } });
  if (!found) throw notFound("The plan");
  const { org, ...plan } = found;
  const scope = planRecords(actor, planId);
  const [roles, items, activation] = await db.$transaction([
    db.ertRole.findMany({
      where: scope,
      orderBy: [{ sortOrder: "asc" }, { title: "asc" }],
      select: { id: true, title: true, responsibilities: true, leadsResponse: true, primary: contact, alternate: contact },
    }),
    db.inventoryItem.findMany({ where: { ...scope, kind: { in: [...EMERGENCY_KINDS] } }, select: { id: true, kind: true, data: true, createdAt: true, updatedAt: true } }),
    db.planSection.findFirst({ where: { ...scope, key: "activation" }, select: { body: true, updatedAt: true } }),
  ]);

  // Person fields hold ids: only the people the items name are read, for their names and, in the
  // call tree, their numbers.
  const personIds = items.flatMap((item) =>
    isInventoryKind(item.kind)
      ? registerOf(item.kind).fields.flatMap((field) => {
          const value = (item.data as ItemData)[field.key];
          return field.type === "person" && typeof value === "string" ? [value] : [];
        })
      : [],
  );
  const people = await db.person.findMany({ where: { orgId: actor.orgId, id: { in: [...new Set(personIds)] } }, select: { id: true, name: true, workPhone: true, mobilePhone: true, afterHoursPhone: true, updatedAt: true } });
  const byId = new Map(people.map((p) => [p.id, p]));
  const personName = (id: string) => byId.get(id)?.name ?? "(removed person)";
  const personNumbers = (id: string) => {
    const person = byId.get(id);
    return person ? contactNumbers(person) : null;
  };

  const team = roles.map((role) => ({ ...role, primary: personCard(role.primary), alternate: personCard(role.alternate) }));
  const { leads, others } = splitLeads(team);
  const registers = Object.fromEntries(
    (Object.keys(EMERGENCY_REGISTERS) as EmergencyRegister[]).map((register) => {
      const { kind, register: def } = EMERGENCY_REGISTERS[register];
      const own = items.filter((item) => item.kind === kind).map((item) => ({ ...item, data: item.data as ItemData }));
      const cards = registerCards({ register, items: own, personName, personNumbers, now });
      return [register, { kind, title: def.title, cards, leftOut: own.length - cards.length }];
    }),
  ) as Record<EmergencyRegister, RegisterBlock>;

  const asOf = await lastChanged({
    actor,
    planId,
    removed: [...new Set(personIds)].filter((id) => !byId.has(id)),
    shown: [activation?.updatedAt, ...items.map((item) => item.updatedAt), ...people.map((p) => p.updatedAt), ...roles.flatMap((role) => [role.primary?.updatedAt, role.alternate?.updatedAt])],
  });

  return {
    plan,
    // The organisation's classification marking, which the sheet carries (docs/decisions/0061); empty: none.
    marking: org.documentMarking,
    leads,
    team: others,
    registers,
    activation: { title: SECTIONS.activation.title, body: activation?.body ?? "", updatedAt: activation?.updatedAt ?? null },
    asOf,
    // When this copy was made: printed, it says how old it may be.
    generatedAt: now,
  };
}

export type EmergencySheet = Awaited<ReturnType<typeof getEmergencySheet>>;
