/**
 * The registers the emergency sheet reads (the call tree, the critical numbers, the temporary
 * locations, the insurers' claim lines and the vendors' 24/7 numbers) and how one item of each
 * becomes a card: a title, the facts to quote, the numbers to call, the addresses to write to.
 * Every field is named by its key in the register's declaration (lib/inventories/registers.ts)
 * and checked against it when this module loads, so a renamed field fails at once, not as an
 * empty sheet. Pure.
 */
import { displayCell, isIsoDate, type FieldDef, type ItemData } from "@/lib/inventories/fields";
import { registerOf, type InventoryKind, type RegisterDef } from "@/lib/inventories/registers";
import { daysUntil, EXPIRY_WARNING_DAYS, expiryWords } from "@/lib/inventories/staleness";
import { dials, mails, type Dial, type Mail } from "@/lib/emergency/dials";

/**
 * `none` is what the card says when it has no number; `warning` (red) is something wrong now (an
 * expired contract, a removed person); `notice` (amber) is an expiry within the app's warning
 * window, as the plan overview and the register warn of it.
 */
export type SheetCard = {
  id: string;
  title: string;
  facts: { label: string; text: string }[];
  dials: Dial[];
  mails: Mail[];
  none: string;
  warning: string | null;
  notice: string | null;
};

type CardSpec = {
  kind: InventoryKind;
  /** The fields whose values, joined, title the card. */
  title: readonly string[];
  /** An integer field whose value numbers the card ("1. Priya Shah"), as the call tree's order. */
  numbered?: string;
  facts: readonly string[];
  /** Phone fields, each a button. */
  dials: readonly string[];
  /**
   * A person field whose numbers in the People register follow the entry's own, a number already
   * there joining its button: the entry's were typed when it was made, People's are kept current.
   */
  personDials?: string;
  /** E-mail fields, each a link. */
  mails: readonly string[];
  /** The fields the cards are ordered by, in turn; then the order the items were entered in. */
  sort: readonly string[];
  /**
   * A yes/no field without which an item with no number is left out: at 3 a.m. a vendor not
   * critical to recovery that cannot be called is noise. An item it marks yes stays, saying `gap`.
   */
  withoutNumber?: { unless: string; gap: string };
};

type CheckedSpec = { register: RegisterDef; field: (key: string) => FieldDef } & CardSpec;

function checked(spec: CardSpec): CheckedSpec {
  const register = registerOf(spec.kind);
  const field = (key: string) => {
    const found = register.fields.find((f) => f.key === key);
    if (!found) throw new Error(`The ${register.title} has no field ${key}.`);
    return found;
  };
  const typed = (keys: readonly string[], type: FieldDef["type"]) => {
    for (const key of keys) if (field(key).type !== type) throw new Error(`${register.title}: ${key} is not a ${type} field.`);
  };
  [...spec.title, ...spec.facts, ...spec.sort].forEach(field);
  typed(spec.dials, "phone");
  typed(spec.mails, "email");
  if (spec.numbered) typed([spec.numbered], "integer");
  if (spec.personDials) typed([spec.personDials], "person");
  if (spec.withoutNumber) typed([spec.withoutNumber.unless], "boolean");
  return { ...spec, register, field };
}

/** The sheet's register blocks, in the order the page shows them. */
export const EMERGENCY_REGISTERS = {
  callTree: checked({
    kind: "call_list",
    numbered: "order",
    title: ["person"],
    facts: ["role", "callsNext"],
    dials: ["primaryPhone", "alternatePhone"],
    personDials: "person",
    mails: [],
    sort: ["order", "person"],
  }),
  // By category in the register's order (the emergency services first), each as it was entered:
  // 999 before the police's non-emergency line, as whoever keeps the register put them.
  numbers: checked({ kind: "critical_phone_numbers", title: ["name"], facts: ["category", "available24x7", "reference"], dials: ["phone", "alternatePhone"], mails: [], sort: ["category"] }),
  // The soonest ready first: where to go this morning.
  sites: checked({
    kind: "temporary_locations",
    title: ["name"],
    facts: ["address", "readyWithinHours", "seats", "contact", "agreement", "facilities"],
    dials: ["contactPhone"],
    mails: [],
    sort: ["readyWithinHours", "name"],
  }),
  insurance: checked({ kind: "insurance", title: ["insurer", "policyType"], facts: ["policyNumber", "contactName", "expiresOn"], dials: ["contactPhone"], mails: ["contactEmail"], sort: ["insurer", "policyType"] }),
  // Those critical to recovery first.
  vendors: checked({
    kind: "vendors",
    title: ["name"],
    facts: ["service", "contractRef", "critical"],
    dials: ["phone24x7"],
    mails: ["email"],
    sort: ["critical", "name"],
    withoutNumber: { unless: "critical", gap: "No 24/7 number is recorded for this vendor, critical to recovery: a gap to fill in the Master vendor list." },
  }),
} as const;

export type EmergencyRegister = keyof typeof EMERGENCY_REGISTERS;

export const EMERGENCY_KINDS: readonly InventoryKind[] = Object.values(EMERGENCY_REGISTERS).map((spec) => spec.kind);

type Item = { id: string; data: ItemData; createdAt: Date };
type SortValue = string | number | null;

/** A value as it sorts: a select by its place among the options, yes before no, text without case. */
function sortValue(field: FieldDef, value: ItemData[string] | undefined, personName: (id: string) => string): SortValue {
  if (value === null || value === undefined || value === "") return field.type === "boolean" ? 1 : null;
  if (field.type === "boolean") return value ? 0 : 1;
  if (field.type === "select") {
    const index = field.options?.indexOf(String(value)) ?? -1;
    return index < 0 ? null : index;
  }
  if (typeof value === "number") return value;
  return (field.type === "person" ? personName(String(value)) : String(value)).toLowerCase();
}

/** Ascending, blanks last. */
function compare(a: SortValue, b: SortValue): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  if (typeof a === "number" && typeof b === "number") return a - b;
  return String(a).localeCompare(String(b), "en-GB");
}

const present = (value: ItemData[string] | undefined) => value !== null && value !== undefined && value !== "";

/** The numbers the People register holds for a person, labelled ("24/7", "Mobile", "Office"); null for someone removed from it. */
export type PersonNumbers = (id: string) => { label: string; text: string }[] | null;

/** An entry whose person left People still shows, with the numbers typed into it, but not as if nothing were wrong. */
export const REMOVED_PERSON_WARNING =
  "The person this entry named was removed from People: its numbers may no longer reach anyone on the team, and the call tree has a gap here.";

function card(spec: CheckedSpec, item: Item, people: { personName: (id: string) => string; personNumbers: PersonNumbers }, now: Date): SheetCard {
  const { personName, personNumbers } = people;
  const text = (key: string) => displayCell(spec.field(key), item.data[key], personName);
  const name = spec.title.filter((key) => present(item.data[key])).map(text).join(" — ") || "(no name)";
  const number = spec.numbered && present(item.data[spec.numbered]) ? `${String(item.data[spec.numbered])}. ` : "";
  const expiry = spec.register.expiryField;
  const expires = expiry ? item.data[expiry] : null;
  const days = typeof expires === "string" && isIsoDate(expires) ? daysUntil(new Date(`${expires}T00:00:00Z`), now) : null;
  const expiryText = expiry && days !== null ? `${spec.field(expiry).label} ${text(expiry)}: ${expiryWords(days)}.` : null;
  const named = spec.personDials ? item.data[spec.personDials] : null;
  const fromPeople = typeof named === "string" && named ? personNumbers(named) : [];
  return {
    id: item.id,
    title: `${number}${name}`,
    // A yes/no nobody answered is left out, as any other blank fact: a dash reads as an answer.
    facts: spec.facts.filter((key) => present(item.data[key])).map((key) => ({ label: spec.field(key).label, text: text(key) })),
    dials: dials([
      ...spec.dials.map((key) => ({ label: spec.field(key).label, text: typeof item.data[key] === "string" ? (item.data[key] as string) : "", shortCode: spec.field(key).shortCode })),
      ...(fromPeople ?? []),
    ]),
    mails: mails(spec.mails.map((key) => ({ label: spec.field(key).label, text: typeof item.data[key] === "string" ? (item.data[key] as string) : "" }))),
    none: spec.withoutNumber && item.data[spec.withoutNumber.unless] === true ? spec.withoutNumber.gap : "No number recorded.",
    warning: fromPeople === null ? REMOVED_PERSON_WARNING : days !== null && days < 0 ? expiryText : null,
    notice: days !== null && days >= 0 && days <= EXPIRY_WARNING_DAYS ? expiryText : null,
  };
}

/** A register's items as the sheet's cards, in the block's order. */
export function registerCards({
  register,
  items,
  personName,
  personNumbers = () => [],
  now,
}: {
  register: EmergencyRegister;
  items: readonly Item[];
  personName: (id: string) => string;
  personNumbers?: PersonNumbers;
  now: Date;
}): SheetCard[] {
  const spec = EMERGENCY_REGISTERS[register];
  const keyOf = (item: Item) => spec.sort.map((key) => sortValue(spec.field(key), item.data[key], personName));
  const sorted = items
    .map((item) => ({ item, key: keyOf(item) }))
    .sort((a, b) => {
      for (let i = 0; i < a.key.length; i++) {
        const order = compare(a.key[i], b.key[i]);
        if (order !== 0) return order;
      }
      return a.item.createdAt.getTime() - b.item.createdAt.getTime() || a.item.id.localeCompare(b.item.id);
    });
  const { withoutNumber } = spec;
  return sorted
    .map(({ item }) => card(spec, item, { personName, personNumbers }, now))
    .filter((c, i) => !withoutNumber || c.dials.length > 0 || sorted[i].item.data[withoutNumber.unless] === true);
}
