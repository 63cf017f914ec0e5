/**
 * Demo data of the committee and risk stages for Harbour Lane Foods: the committee, the emergency
 * response team, management commitment, the threat register and the disaster scenarios the
 * recovery engine assesses. Other organisations' plans start empty.
 */
import type { Prisma } from "../../lib/generated/prisma/client";
import type { DemoContext, StageSeed } from "./index";

type Tx = Prisma.TransactionClient;
type Category = "natural" | "technical" | "human";
type ThreatSeed = {
  category: Category;
  title: string;
  description: string;
  likelihood: number;
  impact: number;
  existingControls: string;
  mitigation: string;
  owner: string;
  residual: [number, number] | null;
};

const BRISTOL_COMMITTEE = [
  { person: "Priya Shah", functionalArea: "Operations", role: "chair" },
  { person: "Alex Morgan", functionalArea: "IT", role: "coordinator" },
  { person: "Sarah Lewis", functionalArea: "Finance", role: "member" },
  { person: "Mark Evans", functionalArea: "Sales and customer service", role: "member" },
  { person: "Tom Reed", functionalArea: "Warehouse and logistics", role: "member" },
  { person: "Aisha Khan", functionalArea: "Procurement", role: "member" },
  { person: "Joanne Price", functionalArea: "People and payroll", role: "member" },
] as const;

const BRISTOL_ERT = [
  { title: "Incident lead", primary: "Priya Shah", alternate: "Tom Reed", leadsResponse: true, responsibilities: "Declares the incident, chairs the response calls, decides when to invoke the plan and when to stand down." },
  { title: "IT recovery lead", primary: "Alex Morgan", alternate: "Liam Foster", responsibilities: "Assesses the damage to servers and data, restores systems in priority order, reports recovery progress every hour." },
  { title: "Communications lead", primary: "Mark Evans", alternate: "Grace Bennett", responsibilities: "Tells customers, suppliers and staff what is happening; the only voice to the press." },
  { title: "Site & facilities lead", primary: "Owen Hughes", alternate: "Tom Reed", responsibilities: "Site safety, access to the building, emergency services liaison, temporary premises." },
  { title: "People & welfare lead", primary: "Joanne Price", alternate: "Sarah Lewis", responsibilities: "Accounts for every member of staff, arranges welfare and overtime, keeps payroll running." },
] as const;

const BRISTOL_THREATS: ThreatSeed[] = [
  { category: "natural", title: "Flood of the Avonmouth estate", description: "Tidal surge on the Severn or heavy rain floods the trading estate; the ground floor server room is at risk.", likelihood: 2, impact: 5, existingControls: "Environment Agency flood alerts; sandbags on site.", mitigation: "Move the servers to the first floor; keep nightly copies in the cloud recovery site.", owner: "Owen Hughes", residual: [2, 3] },
  { category: "technical", title: "Extended power cut", description: "A grid outage longer than the UPS runtime takes down the server room and the warehouse.", likelihood: 3, impact: 4, existingControls: "UPS with 20 minutes' runtime; clean shutdown scripts.", mitigation: "Contract for a hired generator within four hours; test the shutdown scripts quarterly.", owner: "Owen Hughes", residual: [3, 2] },
  { category: "technical", title: "Refrigeration plant failure", description: "Compressor or controller failure lets chilled and frozen stock warm beyond safe limits.", likelihood: 3, impact: 4, existingControls: "COLD-MON alarms to the duty manager's phone.", mitigation: "Maintenance contract with a four-hour response; reciprocal cold storage agreement.", owner: "Tom Reed", residual: [2, 3] },
  { category: "human", title: "Ransomware attack", description: "Malware encrypts the file server, SQL databases and any backups it can reach.", likelihood: 3, impact: 5, existingControls: "Endpoint protection; MFA on Microsoft 365.", mitigation: "Immutable cloud copies and weekly offline drive; restricted backup credentials; phishing training.", owner: "Alex Morgan", residual: [2, 4] },
  { category: "technical", title: "SQL01 storage failure", description: "The storage array under SQL01 fails, corrupting the ERP and warehouse databases.", likelihood: 2, impact: 4, existingControls: "RAID 10; nightly database backups.", mitigation: "Hourly log backups and a replica on HV02.", owner: "Alex Morgan", residual: [2, 2] },
  { category: "human", title: "Loss of a key person", description: "The only person who knows a system or process is unavailable for weeks.", likelihood: 3, impact: 3, existingControls: "Some procedures written down.", mitigation: "Document every critical procedure; cross-train an alternate for each ERT role.", owner: "Joanne Price", residual: [3, 2] },
  { category: "human", title: "Key supplier failure", description: "A main food supplier or the haulier stops trading or cannot deliver.", likelihood: 2, impact: 4, existingControls: "Two suppliers for most chilled lines.", mitigation: "Qualify second suppliers for every top-20 line; review supplier health each quarter.", owner: "Aisha Khan", residual: [2, 2] },
  { category: "natural", title: "Fire in the warehouse", description: "Fire in the racking or the battery charging area destroys stock and the building.", likelihood: 1, impact: 5, existingControls: "Sprinklers, alarms monitored 24/7, fire risk assessment.", mitigation: "Servers and backups off site; annual fire drill; insurance for business interruption.", owner: "Owen Hughes", residual: [1, 4] },
  { category: "technical", title: "Microsoft 365 outage", description: "A Microsoft 365 outage stops e-mail and Teams, where orders and confirmations arrive.", likelihood: 3, impact: 2, existingControls: "Microsoft's service level.", mitigation: "Phone orders fallback; customer contact list exported weekly.", owner: "Alex Morgan", residual: null },
  { category: "natural", title: "Pandemic absence", description: "A third of staff off sick at once, mostly in the warehouse.", likelihood: 2, impact: 3, existingControls: "Agency staff arrangements.", mitigation: "Remote working for office staff; agency pickers trained in advance.", owner: "Joanne Price", residual: [2, 2] },
];

const BRISTOL_SCENARIOS = [
  { key: "vm-loss", name: "One VM lost", kind: "system", description: "A single virtual machine is corrupted or deleted; everything else keeps running.", threats: ["SQL01 storage failure", "Loss of a key person"] },
  { key: "host-loss", name: "Host HV01 lost", kind: "host", description: "The Hyper-V host HV01 fails with DC01, SQL01 and FILE01 on it.", lostHostKeys: ["hv01"], threats: ["SQL01 storage failure", "Extended power cut"] },
  { key: "site-loss", name: "Bristol site lost", kind: "site", description: "The smoking hole: the Bristol head office and warehouse are unusable.", lostSites: ["Bristol head office and warehouse"], at: "2026-03-14T02:00:00Z", declareMinutes: 30, threats: ["Flood of the Avonmouth estate", "Fire in the warehouse"] },
  { key: "ransomware", name: "Ransomware", kind: "ransomware", description: "Everything online is encrypted; only clean, offline or locked copies can be used.", at: "2026-06-10T03:00:00Z", cleanBefore: "2026-06-09T20:00:00Z", containmentMinutes: 240, threats: ["Ransomware attack"] },
  { key: "cloud-region-loss", name: "Cloud region lost", kind: "site", description: "Azure UK South is unavailable: the cloud recovery site and its copies are out of reach.", lostSites: ["Cloud recovery site"], threats: ["Microsoft 365 outage"] },
] as const;

const AVONMOUTH_THREATS: ThreatSeed[] = [
  { category: "technical", title: "Refrigeration plant failure", description: "The cold store's compressors fail and stock warms beyond safe limits.", likelihood: 3, impact: 5, existingControls: "COLD-MON alarms; dual compressors.", mitigation: "Four-hour maintenance response; reciprocal storage with a neighbouring depot.", owner: "Tom Reed", residual: [2, 3] },
  { category: "natural", title: "Flood of the Avonmouth estate", description: "Tidal flooding of Severn Road cuts access and power to the cold store.", likelihood: 2, impact: 5, existingControls: "Flood alerts.", mitigation: "Stock moved to Bristol on an amber warning.", owner: "Owen Hughes", residual: [2, 4] },
];

async function ids(tx: Tx, orgId: string) {
  const [people, sites] = await Promise.all([
    tx.person.findMany({ where: { orgId }, select: { id: true, name: true } }),
    tx.site.findMany({ where: { orgId }, select: { id: true, name: true } }),
  ]);
  const find = (rows: { id: string; name: string }[], kind: string) => (name: string) => {
    const row = rows.find((r) => r.name === name);
    if (!row) throw new Error(`Demo data: no ${kind} named ${name}.`);
    return row.id;
  };
  return { person: find(people, "person"), site: find(sites, "site") };
}

async function seedThreats(tx: Tx, ctx: DemoContext, person: (name: string) => string, threats: ThreatSeed[]) {
  const created = new Map<string, string>();
  const find = (title: string) => {
    const id = created.get(title);
    if (!id) throw new Error(`Demo data: no threat titled ${title}.`);
    return id;
  };
  for (const { owner, residual, ...threat } of threats) {
    const row = await tx.threat.create({
      data: {
        ...threat,
        orgId: ctx.orgId,
        planId: ctx.planId,
        ownerId: person(owner),
        residualLikelihood: residual?.[0] ?? null,
        residualImpact: residual?.[1] ?? null,
      },
    });
    created.set(threat.title, row.id);
  }
  return { find, all: [...created.values()] };
}

async function seedBristol(tx: Tx, ctx: DemoContext) {
  const { person, site } = await ids(tx, ctx.orgId);
  await tx.committeeMember.createMany({
    data: BRISTOL_COMMITTEE.map((m) => ({ orgId: ctx.orgId, planId: ctx.planId, personId: person(m.person), functionalArea: m.functionalArea, role: m.role })),
  });
  await tx.ertRole.createMany({
    data: BRISTOL_ERT.map((r, index) => ({
      orgId: ctx.orgId,
      planId: ctx.planId,
      title: r.title,
      responsibilities: r.responsibilities,
      leadsResponse: "leadsResponse" in r,
      primaryId: person(r.primary),
      alternateId: person(r.alternate),
      sortOrder: index + 1,
    })),
  });
  await tx.plan.update({ where: { id: ctx.planId }, data: { sponsorId: person("Daniel Okafor"), endorsedOn: new Date("2026-02-10T00:00:00Z") } });
  const threats = await seedThreats(tx, ctx, person, BRISTOL_THREATS);
  for (const scenario of BRISTOL_SCENARIOS) {
    await tx.scenario.create({
      data: {
        orgId: ctx.orgId,
        planId: ctx.planId,
        key: scenario.key,
        name: scenario.name,
        kind: scenario.kind,
        description: scenario.description,
        at: "at" in scenario ? new Date(scenario.at) : null,
        cleanBefore: "cleanBefore" in scenario ? new Date(scenario.cleanBefore) : null,
        declareMinutes: "declareMinutes" in scenario ? scenario.declareMinutes : 0,
        containmentMinutes: "containmentMinutes" in scenario ? scenario.containmentMinutes : 0,
        lostHostKeys: "lostHostKeys" in scenario ? [...scenario.lostHostKeys] : [],
        lostSites: { connect: ("lostSites" in scenario ? scenario.lostSites : []).map((name) => ({ id: site(name) })) },
        threats: { connect: scenario.threats.map((title) => ({ id: threats.find(title) })) },
      },
    });
  }
}

async function seedAvonmouth(tx: Tx, ctx: DemoContext) {
  const { person, site } = await ids(tx, ctx.orgId);
  await tx.committeeMember.createMany({
    data: [
      { orgId: ctx.orgId, planId: ctx.planId, personId: person("Tom Reed"), functionalArea: "Warehouse and logistics", role: "chair" },
      { orgId: ctx.orgId, planId: ctx.planId, personId: person("Owen Hughes"), functionalArea: "Facilities", role: "member" },
    ],
  });
  await tx.ertRole.create({
    data: {
      orgId: ctx.orgId,
      planId: ctx.planId,
      title: "Incident lead",
      responsibilities: "Moves stock to Bristol or a partner cold store when temperatures cannot be held.",
      // Its words never say so, yet it is the one who declares and invokes at the cold store (decision 56).
      leadsResponse: true,
      primaryId: person("Tom Reed"),
      alternateId: person("Owen Hughes"),
      sortOrder: 1,
    },
  });
  const threats = await seedThreats(tx, ctx, person, AVONMOUTH_THREATS);
  await tx.scenario.create({
    data: {
      orgId: ctx.orgId,
      planId: ctx.planId,
      key: "site-loss",
      name: "Cold store lost",
      kind: "site",
      description: "The Avonmouth cold store cannot be used.",
      declareMinutes: 15,
      lostSites: { connect: [{ id: site("Avonmouth cold store") }] },
      threats: { connect: threats.all.map((id) => ({ id })) },
    },
  });
}

export const seedCommittee: StageSeed = async (tx, ctx) => {
  if (ctx.orgSlug !== "harbour-lane-foods") return;
  if (ctx.planName === "Bristol operations") await seedBristol(tx, ctx);
  if (ctx.planName === "Avonmouth cold store") await seedAvonmouth(tx, ctx);
};
