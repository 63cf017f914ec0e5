import { canonicalJson } from "./canonical-json";
import { changedValues, fieldLabel, fieldValue, itemValue } from "./show-change";
import { formatDuration } from "@/lib/durations";
import { categoryLabel, RATING_LABELS, storedCategories, type ImpactCategory, type ImpactRating } from "@/lib/bia/impact";
import { isInventoryKind, registerOf } from "@/lib/inventories/registers";
import { SECTIONS } from "@/lib/sections/section-keys";

/**
 * A replica has no id in the model: it is one per system and location (the table's unique key), so
 * that pair is what tells one from another and what names it.
 */
function replicaName(row: Record<string, unknown>): string {
  return `${String(row.system)} at ${String(row.location)}`;
}

/** Where each collection of a snapshot lives, and the stage of the cycle it belongs to. */
export const COLLECTIONS = [
  { stage: "Plan", title: "Plan details", path: ["plan"] },
  { stage: "Committee and ERT", title: "Committee members", path: ["committee", "members"] },
  { stage: "Committee and ERT", title: "Emergency response roles", path: ["committee", "ertRoles"] },
  { stage: "Risk assessment", title: "Threats", path: ["risks", "threats"] },
  { stage: "Risk assessment", title: "Scenarios", path: ["risks", "scenarios"] },
  { stage: "Business impact analysis", title: "Impact categories", path: ["bia", "impactCategories"], since: true },
  { stage: "Business impact analysis", title: "Products and services", path: ["bia", "products"] },
  { stage: "Business impact analysis", title: "Business functions", path: ["bia", "functions"] },
  { stage: "Priorities", title: "Recovery tiers", path: ["priorities", "tiers"] },
  { stage: "Priorities", title: "Consistency groups", path: ["priorities", "consistencyGroups"] },
  { stage: "Systems", title: "IT systems", path: ["systems"] },
  { stage: "Written plan", title: "Sections", path: ["sections"] },
  { stage: "Inventories", title: "Registers", path: ["inventories", "registers"] },
  { stage: "Inventories", title: "Inventory items", path: ["inventories", "items"] },
  { stage: "Tests", title: "Tests and exercises", path: ["tests", "exercises"] },
  { stage: "Tests", title: "Findings", path: ["tests", "findings"] },
  { stage: "Recovery", title: "Backup locations", path: ["recovery", "model", "locations"] },
  { stage: "Recovery", title: "Hosts", path: ["recovery", "model", "hosts"] },
  { stage: "Recovery", title: "Backup policies", path: ["recovery", "model", "backupPolicies"] },
  { stage: "Recovery", title: "Systems as modelled", path: ["recovery", "model", "systems"] },
  { stage: "Recovery", title: "Replicas", path: ["recovery", "model", "replicas"], name: replicaName },
] as const;

type Row = Record<string, unknown> & { id?: string; key?: string };

export type RecordRef = { id: string; label: string };
/**
 * One changed field: its snapshot key, its label, and its value before and after, in words. A list
 * of records held in a record (a test's measured restores) changes an item at a time: `item` says
 * that one was added (only `after` says something) or removed (only `before` does). `unrecorded`:
 * one side's snapshot was frozen before the field existed and reads "not recorded" (LATER_FIELDS).
 */
export type FieldChange = { field: string; label: string; before: string; after: string; item?: "added" | "removed"; unrecorded?: true };
export type CollectionDiff = {
  stage: string;
  title: string;
  added: RecordRef[];
  removed: RecordRef[];
  changed: (RecordRef & { fields: FieldChange[] })[];
};

export function at(snapshot: unknown, path: readonly string[]): Row[] {
  let value: unknown = snapshot;
  for (const key of path) value = value && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined;
  if (value === undefined || value === null) return [];
  return (Array.isArray(value) ? value : [{ id: "plan", ...(value as Row) }]) as Row[];
}

export function label(row: Row): string {
  // A section of the written plan is stored by its key ("concept_of_operations"): it reads by the
  // title its tab and the report give it.
  if ("body" in row && typeof row.key === "string" && Object.hasOwn(SECTIONS, row.key)) return SECTIONS[row.key as keyof typeof SECTIONS].title;
  for (const key of ["name", "title", "label", "key", "description"]) {
    if (typeof row[key] === "string" && row[key]) return row[key] as string;
  }
  const person = row.person as Row | undefined;
  if (person && typeof person.name === "string") return person.name;
  // An inventory register has no name of its own: it is its kind's register ("Master vendor list").
  if (isInventoryKind(row.kind)) return registerOf(row.kind).title;
  return String(row.id);
}

/** Whether a snapshot holds a collection at all (older snapshots lack the ones added since). */
function holds(snapshot: unknown, path: readonly string[]): boolean {
  let value: unknown = snapshot;
  for (const key of path) value = value && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined;
  return value !== undefined;
}

/** The version of a snapshot's shape (`format`, build-snapshot.ts); 0 for none. */
const formatOf = (snapshot: unknown) => (isRow(snapshot) && typeof snapshot.format === "number" ? snapshot.format : 0);

/**
 * Fields a record gained after versions had been frozen without them, and whether a snapshot
 * records each (decision 65). One that does not said nothing of the field, not "no": its side
 * reads "not recorded", and the difference is shown but is no change of what was approved.
 */
const LATER_FIELDS: Record<string, (snapshot: unknown) => boolean> = {
  // Whether an ERT role leads the response (decision 56), held only on the roles that do: recorded
  // from format 2, and by a format-1 snapshot frozen after the flag existed if a role of it leads.
  leadsResponse: (snapshot) => formatOf(snapshot) >= 2 || at(snapshot, ["committee", "ertRoles"]).some((role) => role.leadsResponse !== undefined),
};

const NOT_RECORDED = "not recorded";

/** The later fields a snapshot does not record. */
const unrecordedIn = (snapshot: unknown) => new Set(Object.keys(LATER_FIELDS).filter((key) => !LATER_FIELDS[key](snapshot)));

/** A row's identity across snapshots: its id, or for rows without one (impact categories) its key. */
const identity = (row: Row) => String(row.id ?? row.key);

type Collection = (typeof COLLECTIONS)[number];

/**
 * How a collection's records are told apart and named: by the collection's own rule when its
 * records have no id (replicas), else by identity and label.
 */
export function recordNaming(collection: Collection): { id: (row: Row) => string; label: (row: Row) => string } {
  return "name" in collection ? { id: collection.name, label: collection.name } : { id: identity, label };
}

type Grid = Record<string, Record<string, unknown>>;
const gridOf = (value: unknown): Grid => (value && typeof value === "object" && !Array.isArray(value) ? (value as Grid) : {});
const ratingText = (value: unknown) => (typeof value === "string" && value in RATING_LABELS ? RATING_LABELS[value as ImpactRating] : "not rated");

/**
 * A function's impact grid changes as one change per cell, named like the form's selects
 * ("Customer impact after 1 day: Minor → Severe"), in the categories' names of the newer snapshot.
 */
function gridChanges(before: unknown, after: unknown, categories: ImpactCategory[]): FieldChange[] {
  const old = gridOf(before);
  const now = gridOf(after);
  const changes: FieldChange[] = [];
  for (const key of [...new Set([...Object.keys(old), ...Object.keys(now)])].sort()) {
    const minutes = [...new Set([...Object.keys(old[key] ?? {}), ...Object.keys(now[key] ?? {})])].sort((a, b) => Number(a) - Number(b));
    for (const m of minutes) {
      const [was, is] = [old[key]?.[m], now[key]?.[m]];
      if (was === is) continue;
      const label = `${categoryLabel(key, categories)} impact after ${formatDuration(Number(m))}`;
      changes.push({ field: `impactGrid.${key}.${m}`, label, before: ratingText(was), after: ratingText(is) });
    }
  }
  return changes;
}

const isRow = (value: unknown): value is Row => typeof value === "object" && value !== null && !Array.isArray(value);
/** The keys of an item that only names another record ({ id, name }): a list of those reads as its names. */
const NAMING = new Set(["id", "name", "title", "label", "key"]);
/** A list of records of their own (a test's measured restores, its files, a policy's copies), not of names. */
const holdsRecords = (value: unknown) => Array.isArray(value) && value.some((item) => isRow(item) && Object.keys(item).some((key) => !NAMING.has(key)));

/**
 * The lists held in a record whose order means nothing, by field: links to other records (a
 * scenario's threats and lost sites, a function's systems, key people, vendors and facilities, a
 * test's functions, systems, scenarios and participants, a consistency group's or a backup
 * policy's systems, a modelled system's dependencies), a scenario's lost hosts and a function's
 * vital records. Their order is only the sort order of the query that froze them, which decisions
 * 88 and 91 changed: compared as multisets, a version frozen before then does not read as changed
 * where only the order differs. Order that means something is a field of its own (a notification
 * step's number, a call tree's order) and compares as a value; any other list compares in order.
 * Lists of records of their own (measured restores, files, copies) are matched item by item
 * (listChanges).
 */
const SETS = new Set(["threats", "lostSites", "lostHostKeys", "vitalRecords", "systems", "keyPeople", "vendors", "facilities", "functions", "scenarios", "participants", "dependsOn"]);

/** A field's value as compared: a list whose order means nothing (SETS) by its items alone, in one fixed order. */
const comparable = (key: string, value: unknown) => canonicalJson(SETS.has(key) && Array.isArray(value) ? value.map((item) => canonicalJson(item)).sort() : value);

/** How a reader orders names (as the `by_name` collation does, decision 88). */
const readerOrder = new Intl.Collator("en-GB");

/**
 * A list whose order means nothing (SETS) in reader order of its items in words, the same items
 * always alike (the same name twice: by content): the two sides of a change read in one order.
 */
function inReaderOrder(key: string, value: unknown): unknown {
  if (!SETS.has(key) || !Array.isArray(value)) return value;
  const items = value.map((item) => ({ item, words: fieldValue(item, key), json: canonicalJson(item) }));
  items.sort((a, b) => readerOrder.compare(a.words, b.words) || (a.json < b.json ? -1 : a.json > b.json ? 1 : 0));
  return items.map(({ item }) => item);
}

/**
 * A list of records as one change per item added, removed or changed, each in words
 * (itemValue), matched by id (by content when they have none): "Measurements: removed SQL01
 * from nas, restored in 2 h 30 min, 0 min data lost" rather than the whole list before and after.
 */
function listChanges(key: string, before: unknown, after: unknown): FieldChange[] {
  const byIdentity = (list: unknown) => new Map((Array.isArray(list) ? list : []).map((item) => [isRow(item) && typeof item.id === "string" ? item.id : canonicalJson(item), item]));
  const [old, now] = [byIdentity(before), byIdentity(after)];
  const label = fieldLabel(key);
  const changes: FieldChange[] = [];
  for (const [id, item] of old) if (!now.has(id)) changes.push({ field: `${key}.${id}`, label, before: itemValue(item, key), after: "—", item: "removed" });
  for (const [id, item] of now) {
    const previous = old.get(id);
    if (previous === undefined) changes.push({ field: `${key}.${id}`, label, before: "—", after: itemValue(item, key), item: "added" });
    else if (itemValue(previous, key) !== itemValue(item, key)) changes.push({ field: `${key}.${id}`, label, before: itemValue(previous, key), after: itemValue(item, key) });
  }
  return changes;
}

/**
 * One changed field of a record as the changes a reader sees (several for an impact grid or a list
 * of records); a field one side did not record yet as "not recorded" on that side.
 */
function fieldChanges(key: string, before: unknown, after: unknown, { categories, unrecorded }: { categories: ImpactCategory[]; unrecorded: [Set<string>, Set<string>] }): FieldChange[] {
  const [notBefore, notAfter] = unrecorded.map((keys) => keys.has(key));
  if (notBefore || notAfter) {
    const [was, now] = [notBefore ? NOT_RECORDED : fieldValue(before, key), notAfter ? NOT_RECORDED : fieldValue(after, key)];
    return [{ field: key, label: fieldLabel(key), before: was, after: now, unrecorded: true }];
  }
  if (key === "impactGrid") return gridChanges(before, after, categories);
  if (holdsRecords(before) || holdsRecords(after)) return listChanges(key, before, after);
  const [was, now] = changedValues(before, after, key);
  return [{ field: key, label: fieldLabel(key), before: was, after: now }];
}

/**
 * What changed between two snapshots, collection by collection: records added, removed, and
 * changed (with each field that differs, labelled, and its value before → after). `before` null means everything is new.
 * Only collections with a change are returned.
 */
export function diffSnapshots(before: unknown, after: unknown): CollectionDiff[] {
  const out: CollectionDiff[] = [];
  const categories = [...at(after, ["bia", "impactCategories"]), ...at(before, ["bia", "impactCategories"])] as unknown[];
  const named = categories.length ? storedCategories(categories) : [];
  const unrecorded: [Set<string>, Set<string>] = [unrecordedIn(before), unrecordedIn(after)];
  for (const collection of COLLECTIONS) {
    // A collection added to snapshots later is compared only when both have it: an older version
    // lacking it did not have none.
    if ("since" in collection && before !== null && !(holds(before, collection.path) && holds(after, collection.path))) continue;
    const naming = recordNaming(collection);
    const old = new Map(at(before, collection.path).map((row) => [naming.id(row), row]));
    const now = new Map(at(after, collection.path).map((row) => [naming.id(row), row]));
    const diff: CollectionDiff = { stage: collection.stage, title: collection.title, added: [], removed: [], changed: [] };
    for (const [id, row] of now) {
      const previous = old.get(id);
      if (!previous) {
        diff.added.push({ id, label: naming.label(row) });
        continue;
      }
      const keys = new Set([...Object.keys(previous), ...Object.keys(row)]);
      const fields = [...keys]
        .filter((key) => key !== "id" && comparable(key, previous[key]) !== comparable(key, row[key]))
        .sort()
        .flatMap((key) => fieldChanges(key, inReaderOrder(key, previous[key]), inReaderOrder(key, row[key]), { categories: named, unrecorded }));
      if (fields.length) diff.changed.push({ id, label: naming.label(row), fields });
    }
    for (const [id, row] of old) if (!now.has(id)) diff.removed.push({ id, label: naming.label(row) });
    if (diff.added.length || diff.removed.length || diff.changed.length) out.push(diff);
  }
  return out;
}

/**
 * The changes of what was approved among `diffs`: without the fields one side had not recorded yet
 * (`unrecorded`), which say what the newer side holds, not that it changed. Empty: nothing changed.
 */
export function recordedChanges(diffs: CollectionDiff[]): CollectionDiff[] {
  return diffs.flatMap((diff) => {
    const changed = diff.changed.flatMap((record) => {
      const fields = record.fields.filter((field) => !field.unrecorded);
      return fields.length ? [{ ...record, fields }] : [];
    });
    return diff.added.length || diff.removed.length || changed.length ? [{ ...diff, changed }] : [];
  });
}
