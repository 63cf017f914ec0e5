import type { Ctx, Snapshot } from "@/lib/reports/pdf/context";
import { contact, labelledNumbers } from "@/lib/reports/pdf/context";
import { date, duration, NONE } from "@/lib/reports/pdf/format";
import { rankFunctions, tierFor } from "@/lib/priorities/rank";
import { groupSizeNote } from "@/lib/priorities/group-size";
import { committeeRole, scenarioKind } from "@/lib/reports/pdf/labels";
import { COLORS } from "@/lib/reports/pdf/styles";
import { fewOf } from "@/lib/count";
import type { ItemData } from "@/lib/inventories/fields";

function section(snapshot: Snapshot, key: string): string {
  return snapshot.sections.find((s) => s.key === key)?.body ?? "";
}

/**
 * The scope as one statement, as the Written plan page shows it: the scope set on the plan, then
 * whatever the Scope section adds. "None recorded." only when neither says anything.
 */
function scope(snapshot: Snapshot): string {
  return [snapshot.plan.description, section(snapshot, "scope")].filter((text) => text.trim()).join("\n\n");
}

export function Introduction({ ctx }: { ctx: Ctx }) {
  const { pdf, s, kit, input } = ctx;
  const { Text } = pdf;
  const plan = input.snapshot.plan;
  return (
    <>
      <kit.H2>Purpose</kit.H2>
      <kit.Paragraphs text={section(input.snapshot, "purpose")} empty={NONE} />
      <kit.H2>Scope</kit.H2>
      <kit.Paragraphs text={scope(input.snapshot)} empty={NONE} />
      <kit.H2>Assumptions</kit.H2>
      <kit.Paragraphs text={section(input.snapshot, "assumptions")} empty={NONE} />
      <kit.H2>Sponsorship</kit.H2>
      <Text style={s.p}>
        {`Executive sponsor: ${plan.sponsor ? `${plan.sponsor.name}${plan.sponsor.jobTitle ? `, ${plan.sponsor.jobTitle}` : ""}` : "none recorded"}. `}
        {`Endorsed on: ${plan.endorsedOn ? date(plan.endorsedOn) : "not recorded"}. Test cadence: every ${plan.testCadenceDays} days.`}
      </Text>
    </>
  );
}

/**
 * Under a stored version's contacts: who has other details today. A responder takes this report
 * offline; a number frozen at approval must not pass for today's.
 */
export function contactsNote(input: Ctx["input"]): string | null {
  if (!input.version || input.contactsChanged.length === 0) return null;
  const decided = input.version.decidedAt ? ` (decided ${date(input.version.decidedAt)})` : "";
  return `Contact details are as in version ${input.version.number}${decided}. Changed since: ${fewOf(input.contactsChanged)}. A report of the current plan has today's details.`;
}

function ContactsNote({ ctx }: { ctx: Ctx }) {
  const note = contactsNote(ctx.input);
  return note ? <ctx.pdf.Text style={[ctx.s.p, { fontFamily: "Helvetica-Bold", color: COLORS.warning }]}>{note}</ctx.pdf.Text> : null;
}

export function Operations({ ctx }: { ctx: Ctx }) {
  const { kit, input } = ctx;
  const { members, ertRoles } = input.snapshot.committee;
  return (
    <>
      <kit.Paragraphs text={section(input.snapshot, "concept_of_operations")} empty={NONE} />
      <kit.H2>Continuity committee</kit.H2>
      <kit.Table
        empty={NONE}
        rows={members}
        columns={[
          { label: "Name", width: 3, value: (m) => m.person.name },
          { label: "Role", width: 2, value: (m) => committeeRole(m.role) },
          { label: "Functional area", width: 3, value: (m) => m.functionalArea || "—" },
          { label: "Contact", width: 5, value: (m) => contact(m.person) },
        ]}
      />
      <kit.H2>Emergency response team</kit.H2>
      <kit.Table
        empty={NONE}
        rows={ertRoles}
        columns={[
          // The roles that declare the incident and invoke the plan (decision 56), as the committee page marks them.
          { label: "Role", width: 3, value: (r) => (r.leadsResponse ? `${r.title} (leads the response)` : r.title) },
          { label: "Responsibilities", width: 4, value: (r) => r.responsibilities || "—" },
          { label: "Primary (contact)", width: 4, value: (r) => (r.primary ? `${r.primary.name} — ${contact(r.primary)}` : "Unassigned") },
          { label: "Alternate (contact)", width: 4, value: (r) => (r.alternate ? `${r.alternate.name} — ${contact(r.alternate)}` : "Unassigned") },
        ]}
      />
      <ContactsNote ctx={ctx} />
    </>
  );
}

/**
 * A call-list entry's own numbers; for a notification step, how and when, and who is responsible
 * with their contact when the plan's committee or response team holds it (the snapshot keeps no
 * other person's numbers).
 */
function howToReach(ctx: Ctx, item: Snapshot["inventories"]["items"][number]): string {
  const data = (item.data ?? {}) as ItemData;
  if (item.kind === "call_list") return labelledNumbers([["primary", data.primaryPhone], ["alternate", data.alternatePhone]]).join(", ") || "no phone number recorded";
  const snap = ctx.input.snapshot;
  const known = [snap.plan.sponsor, ...snap.committee.members.map((m) => m.person), ...snap.committee.ertRoles.flatMap((r) => [r.primary, r.alternate])];
  const id = typeof data.responsible === "string" ? data.responsible : "";
  const person = known.find((p) => p?.id === id);
  const name = person?.name ?? ctx.input.people[id];
  const how = [data.method, data.when].filter((text): text is string => typeof text === "string" && text.trim() !== "").join(", ");
  const responsible = id ? `responsible: ${name ?? "a person since removed"}${person ? ` — ${contact(person)}` : ""}` : "";
  return [how, responsible].filter(Boolean).join("; ") || "—";
}

export function Activation({ ctx }: { ctx: Ctx }) {
  const { kit, input } = ctx;
  const checklist = input.snapshot.inventories.items.filter((i) => i.kind === "notification_checklist" || i.kind === "call_list");
  return (
    <>
      <kit.Paragraphs text={section(input.snapshot, "activation")} empty={NONE} />
      <kit.H2>Scenarios that activate the plan</kit.H2>
      <kit.Table
        empty={NONE}
        rows={input.snapshot.risks.scenarios}
        columns={[
          { label: "Scenario", width: 3, value: (sc) => sc.name },
          { label: "Kind", width: 2, value: (sc) => scenarioKind(sc.kind) },
          { label: "Declared after", width: 2, value: (sc) => duration(sc.declareMinutes) },
          { label: "Description", width: 6, value: (sc) => sc.description || "—" },
        ]}
      />
      <kit.H2>Notification</kit.H2>
      <kit.Table
        empty="No call list or notification checklist recorded (see Appendix C)."
        rows={checklist}
        columns={[
          { label: "Register", width: 2, value: (i) => (i.kind === "call_list" ? "Call list" : "Notification checklist") },
          { label: "Entry", width: 3, value: (i) => i.label },
          // Where the responder reads whom to notify, the number to call: not only in Appendix C.
          { label: "How to reach", width: 5, value: (i) => howToReach(ctx, i) },
        ]}
      />
    </>
  );
}

export function Recovery({ ctx }: { ctx: Ctx }) {
  const { kit, input } = ctx;
  const { tiers, consistencyGroups } = input.snapshot.priorities;
  // Ranked and tiered by the rules the Priorities page uses: what is signed must say what the app shows.
  const functions = rankFunctions(input.snapshot.bia.functions).map((f) => ({ ...f, tier: f.tier ?? tierFor(f.rtoMinutes, tiers) }));
  return (
    <>
      <kit.Paragraphs text={section(input.snapshot, "recovery_sequence")} empty={NONE} />
      <kit.H2>Recovery tiers</kit.H2>
      <kit.Table
        empty={NONE}
        rows={tiers}
        columns={[
          { label: "Tier", width: 2, value: (t) => t.name },
          { label: "Recovered within", width: 2, value: (t) => duration(t.maxRtoMinutes) },
          { label: "Description", width: 5, value: (t) => t.description || "—" },
        ]}
      />
      <kit.H2>Recovery priorities and sequence</kit.H2>
      <kit.Table
        empty={NONE}
        rows={functions}
        columns={[
          { label: "#", width: 1, value: (f) => String(f.rank) },
          { label: "Function", width: 4, value: (f) => f.name },
          { label: "Tier", width: 2, value: (f) => f.tier?.name ?? "—" },
          { label: "RTO", width: 2, value: (f) => duration(f.rtoMinutes) },
          { label: "MTD", width: 2, value: (f) => duration(f.mtdMinutes) },
          { label: "Systems", width: 5, value: (f) => f.systems.map((x) => x.name).join(", ") || "—" },
          { label: "Manual rank reason", width: 3, value: (f) => f.manualRankReason || "—" },
        ]}
      />
      <kit.H2>Consistency groups</kit.H2>
      <kit.Table
        empty={NONE}
        rows={consistencyGroups}
        columns={[
          { label: "Group", width: 3, value: (g) => g.name },
          { label: "Maximum skew", width: 2, value: (g) => duration(g.maxSkewMinutes) },
          { label: "Systems", width: 6, value: (g) => groupSizeNote(g.systems) ?? g.systems.map((x) => x.name).join(", ") },
        ]}
      />
    </>
  );
}

export function Reconstitution({ ctx }: { ctx: Ctx }) {
  const { kit, input } = ctx;
  return <kit.Paragraphs text={section(input.snapshot, "reconstitution")} empty={NONE} />;
}
