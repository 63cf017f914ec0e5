/**
 * Demo data of the business impact analysis, priorities and the written plan: products, the
 * functions behind them with believable impact grids and targets (some set by the committee
 * against the suggestion, one whose RTO + WRT exceeds its MTD so the warning shows), their
 * dependencies, recovery tiers, the ERP consistency group and the seven plan sections.
 */
import type { Prisma } from "../../lib/generated/prisma/client";
import type { DemoContext, StageSeed } from "./index";

type Tx = Prisma.TransactionClient;

const HORIZONS = [60, 240, 1440, 4320, 10080, 20160];
const RATING = { n: "none", mi: "minor", mo: "moderate", ma: "major", s: "severe" } as const;

/** One row per category, one rating per default outage length: "n mi mo ma s s". */
function grid(rows: Record<string, string>) {
  return Object.fromEntries(
    Object.entries(rows).map(([category, line]) => [
      category,
      Object.fromEntries(line.split(" ").map((code, i) => [String(HORIZONS[i]), RATING[code as keyof typeof RATING]])),
    ]),
  );
}

type FunctionSeed = {
  name: string;
  description: string;
  department: string;
  product: string;
  grid: Record<string, string>;
  costPerHour: number;
  mtd: number;
  rto: number;
  rpo: number;
  wrt: number;
  mtdReason?: string;
  rtoReason?: string;
  systems: string[];
  people: string[];
  sites: string[];
  vitalRecords: string[];
  /** Vendors of the plan's master vendor list whose label contains one of these. */
  vendors?: string[];
  tier?: string;
  rank?: number;
  rankReason?: string;
};

type PlanSeed = {
  products: { name: string; description: string; department: string }[];
  functions: FunctionSeed[];
  tiers: { name: string; maxRtoMinutes: number; description: string }[];
  groups: { key: string; name: string; maxSkewMinutes: number; systems: string[] }[];
  sections: Record<string, string>;
};

const HQ = "Bristol head office and warehouse";
const COLD = "Avonmouth cold store";
const CLOUD = "Cloud recovery site";

const BRISTOL: PlanSeed = {
  products: [
    { name: "Trade wholesale distribution", description: "Chilled, frozen and ambient food delivered to about 600 cafés, pubs and restaurants in the South West.", department: "Warehouse and logistics" },
    { name: "Online trade ordering", description: "The web shop where trade customers place and track orders until 22:00 for next-day delivery.", department: "Sales and customer service" },
    { name: "Cold-chain storage", description: "Temperature-controlled storage for chilled and frozen stock at Bristol and Avonmouth.", department: "Warehouse and logistics" },
  ],
  functions: [
    {
      name: "Order taking",
      description: "Phone and e-mail orders keyed into the ERP by 16:00 for next-day delivery.",
      department: "Sales and customer service",
      product: "Trade wholesale distribution",
      grid: { financial: "mi mo ma s s s", operational: "mi mo ma s s s", legal_regulatory: "n n n mi mi mo", reputational: "n mi mo ma s s", customer: "mi ma s s s s" },
      costPerHour: 4000,
      mtd: 240,
      rto: 120,
      rpo: 15,
      wrt: 60,
      rtoReason: "The last ERP restore test took 2 h; the team wants the hour of slack before the 16:00 cut-off.",
      systems: ["DC01", "SQL01", "ERP-APP", "Microsoft 365"],
      people: ["Mark Evans", "Grace Bennett"],
      sites: [HQ],
      vitalRecords: ["Customer price lists", "Standing orders schedule", "Credit hold list"],
      vendors: ["Sage"],
    },
    {
      name: "Picking and dispatch",
      description: "Picking orders with handheld scanners overnight and loading the 05:00 delivery vans.",
      department: "Warehouse and logistics",
      product: "Trade wholesale distribution",
      grid: { financial: "mi mo ma s s s", operational: "mo ma s s s s", legal_regulatory: "n mi mo ma ma ma", reputational: "n mo ma s s s", customer: "mi ma s s s s" },
      costPerHour: 6500,
      mtd: 240,
      rto: 180,
      rpo: 15,
      wrt: 120,
      rtoReason: "WMS restores to the standby host in 3 h today; faster replication is on the improvement plan.",
      systems: ["DC01", "SQL01", "ERP-APP", "WMS"],
      people: ["Tom Reed", "Priya Shah"],
      sites: [HQ],
      vitalRecords: ["Delivery route sheets", "Vehicle loading plans"],
    },
    {
      name: "Goods receiving",
      description: "Checking in supplier deliveries, recording batch numbers and use-by dates for traceability.",
      department: "Warehouse and logistics",
      product: "Cold-chain storage",
      grid: { financial: "n mi mo ma ma s", operational: "mi ma s s s s", legal_regulatory: "mi ma s s s s", reputational: "n mi mo ma ma ma", customer: "n mi mo ma ma s" },
      costPerHour: 2500,
      mtd: 240,
      rto: 180,
      rpo: 15,
      wrt: 60,
      rtoReason: "Chilled deliveries can wait in their refrigerated trailers; 3 h to restore plus an hour to book in the backlog still fits the 4 h MTD.",
      systems: ["WMS", "ERP-APP", "SQL01"],
      people: ["Tom Reed", "Owen Hughes"],
      rank: 1,
      rankReason: "Food safety: chilled deliveries cannot wait at the dock, so goods in is restored before picking.",
      sites: [HQ, COLD],
      vitalRecords: ["Batch and use-by records", "Supplier delivery notes"],
    },
    {
      name: "Web order processing",
      description: "Orders from the web shop flowing into the ERP and back as confirmations.",
      department: "Sales and customer service",
      product: "Online trade ordering",
      grid: { financial: "mi ma s s s s", operational: "n mi mo ma ma ma", legal_regulatory: "n n n n mi mi", reputational: "mi mo ma s s s", customer: "mo ma s s s s" },
      costPerHour: 3000,
      mtd: 240,
      rto: 210,
      rpo: 15,
      wrt: 30,
      rtoReason: "Orders queue in the web shop while the ERP is down; 3 h 30 min to restore plus 30 min to release the queue still fits the 4 h MTD.",
      systems: ["WEB-SHOP", "SQL01", "ERP-APP"],
      people: ["Mark Evans", "Alex Morgan"],
      sites: [HQ, CLOUD],
      vitalRecords: ["Web shop customer accounts"],
    },
    {
      name: "Customer service",
      description: "Answering trade customers' calls and e-mails about deliveries, shortages and credits.",
      department: "Sales and customer service",
      product: "Online trade ordering",
      grid: { financial: "n mi mo ma s s", operational: "n mi mo ma ma s", legal_regulatory: "n n n mi mi mo", reputational: "mi mo ma s s s", customer: "mi mo ma s s s" },
      costPerHour: 1500,
      mtd: 1440,
      rto: 480,
      rpo: 60,
      wrt: 120,
      rtoReason: "Phones and e-mail must be back within the working day, whatever the grid allows.",
      systems: ["Microsoft 365", "WEB-SHOP", "ERP-APP"],
      people: ["Grace Bennett", "Mark Evans"],
      sites: [HQ],
      vitalRecords: ["Customer contact list", "Complaints log"],
      tier: "Tier 0",
      rankReason: "Customer-facing: the Managing Director wants customers to reach us first, before the ERP is fully back.",
      vendors: ["Microsoft"],
    },
    {
      name: "Stock control",
      description: "Stock levels, rotation and write-offs of short-dated stock.",
      department: "Warehouse and logistics",
      product: "Cold-chain storage",
      grid: { financial: "n mi mo ma s s", operational: "n mi ma s s s", legal_regulatory: "n mi mo ma ma s", reputational: "n n mi mo mo ma", customer: "n mi mo ma ma s" },
      costPerHour: 2000,
      mtd: 1440,
      rto: 1200,
      rpo: 60,
      wrt: 240,
      rtoReason: "Stock moves are written on paper overnight; 20 h to restore plus 4 h to key them in still fits the day.",
      systems: ["WMS", "SQL01", "ERP-APP", "FILE01"],
      people: ["Tom Reed"],
      sites: [HQ, COLD],
      vitalRecords: ["Stock valuation", "Write-off register"],
    },
    {
      name: "Purchasing",
      description: "Replenishment orders to about 80 food suppliers, mostly placed by 11:00 each day.",
      department: "Procurement",
      product: "Trade wholesale distribution",
      grid: { financial: "n n mo ma s s", operational: "n mi ma s s s", legal_regulatory: "n n n mi mi mo", reputational: "n n mi mo ma ma", customer: "n n mo ma s s" },
      costPerHour: 1200,
      mtd: 1440,
      rto: 1200,
      rpo: 240,
      wrt: 240,
      rtoReason: "Suppliers take orders by phone for a day; 20 h to restore plus 4 h to re-key the orders still fits the day.",
      systems: ["ERP-APP", "SQL01", "Microsoft 365"],
      people: ["Aisha Khan"],
      sites: [HQ],
      vitalRecords: ["Supplier contracts and price agreements", "Open purchase orders"],
    },
    {
      name: "Invoicing and credit control",
      description: "Daily invoice run, statements, and credit holds on overdue accounts.",
      department: "Finance",
      product: "Trade wholesale distribution",
      grid: { financial: "n n mi ma s s", operational: "n n mi mo ma ma", legal_regulatory: "n n n mi mo ma", reputational: "n n n mi mo mo", customer: "n n mi mi mo ma" },
      costPerHour: 900,
      mtd: 10080,
      rto: 2880,
      rpo: 60,
      wrt: 1440,
      rtoReason: "Invoicing waits behind the order-to-delivery systems; two days plus a day to catch up leaves four days of the week in hand.",
      mtdReason: "Invoices can be raised a week late without losing money: customers pay on 30-day terms from the invoice date.",
      systems: ["SQL01", "ERP-APP", "FILE01", "Microsoft 365"],
      people: ["Sarah Lewis"],
      sites: [HQ],
      vitalRecords: ["Credit limits and account holds", "VAT records"],
      vendors: ["Sage"],
    },
    {
      name: "Payroll",
      description: "Weekly warehouse payroll and monthly salaried payroll, paid by BACS.",
      department: "People and payroll",
      product: "Trade wholesale distribution",
      grid: { financial: "n n n mi mo ma", operational: "n n n mi mo ma", legal_regulatory: "n n mi ma s s", reputational: "n n mi mo ma s", customer: "n n n n n mi" },
      costPerHour: 300,
      mtd: 10080,
      rto: 4320,
      rpo: 1440,
      wrt: 1440,
      mtdReason: "The bank can repeat last week's BACS run as an emergency payment, which covers one missed weekly pay run.",
      rtoReason: "Planned after the order-to-delivery systems; three days still leaves time before the next pay run.",
      systems: ["PAYROLL", "DC01"],
      people: ["Joanne Price", "Sarah Lewis"],
      sites: [HQ],
      vitalRecords: ["Employee bank details", "Timesheets", "HMRC RTI submissions"],
    },
  ],
  tiers: [
    { name: "Tier 0", maxRtoMinutes: 240, description: "Order-to-delivery: back the same morning." },
    { name: "Tier 1", maxRtoMinutes: 1440, description: "Back within a working day." },
    { name: "Tier 2", maxRtoMinutes: 4320, description: "Back within three days." },
    { name: "Tier 3", maxRtoMinutes: 20160, description: "Back within two weeks." },
  ],
  groups: [{ key: "erp", name: "ERP, database and warehouse", maxSkewMinutes: 15, systems: ["SQL01", "ERP-APP", "WMS"] }],
  sections: {
    purpose:
      "This plan lets Harbour Lane Foods keep taking, picking and delivering trade orders from Bristol after a disruption, and bring the rest of the business back in a known order.\n\nIt turns the business impact analysis into decisions made in advance: what comes back first, who decides, and how long each part of the business can be without its systems.",
    scope:
      "The plan covers the Bristol head office and warehouse: order taking, picking and dispatch, goods receiving, purchasing, invoicing, customer service and payroll, and the IT systems they run on.\n\nOut of scope:\n- The Avonmouth cold store, which has its own plan\n- Vehicle breakdowns and routine delivery problems handled by the transport team",
    assumptions:
      "- Nightly VM backups of all Bristol servers are copied off site, and one external drive is always away from the building\n- At least half of the warehouse team and one member of IT can reach Bristol or work remotely\n- Microsoft 365 stays available when the Bristol site is lost\n- The cloud recovery site in Azure UK South can run the ERP, SQL and WMS virtual machines within a day",
    concept_of_operations:
      "The Operations Director (Priya Shah) leads the response as incident manager; the Managing Director decides on invoking the plan when the incident manager is unavailable.\n\nRoles:\n- Incident manager: Priya Shah, alternate Tom Reed\n- IT recovery: Alex Morgan, alternate Liam Foster\n- Customer communications: Mark Evans, alternate Grace Bennett\n- Finance and payroll: Sarah Lewis, alternate Joanne Price",
    activation:
      "The plan is activated when the ERP or the warehouse system is unavailable, or is expected to be, for more than one hour during trading hours, or when the Bristol site cannot be used.\n\n1. Whoever notices calls the IT on-call number, then the incident manager\n2. The incident manager confirms the outage, decides to activate and tells the committee by Teams and phone\n3. Customer service tells key customers of expected delays within the first two hours",
    recovery_sequence:
      "Systems come back in the order of the priorities page: Tier 0 first, then Tier 1, and so on.\n\n1. DC01 (sign-in and DNS for everything else)\n2. SQL01, ERP-APP and WMS together, restored to the same point in time (consistency group erp)\n3. WEB-SHOP, then FILE01\n4. PAYROLL\n\nPicking restarts on paper pick lists printed from the last backup if the WMS is not back within three hours.",
    reconstitution:
      "Before users go back to a restored system, its owner checks it:\n- Order and stock figures reconcile with the last day-end report\n- The web shop takes a test order end to end\n- Backups of the restored VMs run the following night\n\nThe incident manager stands the team down once all Tier 0 and Tier 1 functions run normally, and a review meeting records what to improve within two weeks.",
  },
};

const AVONMOUTH: PlanSeed = {
  products: [{ name: "Cold-chain storage", description: "Chilled and frozen storage at the Avonmouth depot.", department: "Warehouse and logistics" }],
  functions: [
    {
      name: "Temperature monitoring",
      description: "Continuous monitoring of the cold rooms with alarms to the on-call engineer.",
      department: "Warehouse and logistics",
      product: "Cold-chain storage",
      grid: { financial: "ma s s s s s", operational: "mo ma s s s s", legal_regulatory: "s s s s s s", reputational: "mo ma s s s s", customer: "mi ma s s s s" },
      costPerHour: 5000,
      mtd: 60,
      rto: 30,
      rpo: 5,
      wrt: 0,
      systems: ["COLD-MON"],
      people: ["Tom Reed", "Owen Hughes"],
      sites: [COLD],
      vitalRecords: ["Temperature logs (food safety)"],
    },
    {
      name: "Cold store goods in and out",
      description: "Receiving and releasing pallets at Avonmouth for the Bristol delivery runs.",
      department: "Warehouse and logistics",
      product: "Cold-chain storage",
      grid: { financial: "n mi ma s s s", operational: "mi mo ma s s s", legal_regulatory: "n mi mo ma ma ma", reputational: "n mi mo ma ma s", customer: "n mi ma s s s" },
      costPerHour: 1800,
      mtd: 1440,
      rto: 240,
      rpo: 60,
      wrt: 120,
      systems: ["COLD-MON"],
      people: ["Tom Reed"],
      sites: [COLD],
      vitalRecords: ["Pallet location list"],
    },
  ],
  tiers: [
    { name: "Tier 0", maxRtoMinutes: 60, description: "Food safety: back within the hour." },
    { name: "Tier 1", maxRtoMinutes: 1440, description: "Back within a working day." },
  ],
  groups: [],
  sections: {
    purpose: "This plan protects the stock in the Avonmouth cold store: if monitoring or refrigeration fails, stock is moved or written off safely and the depot recovers quickly.",
    scope: "The Avonmouth cold store, its refrigeration monitoring (COLD-MON) and the goods-in and goods-out work done there.",
  },
};

const PLANS: Record<string, PlanSeed> = { "Bristol operations": BRISTOL, "Avonmouth cold store": AVONMOUTH };

async function seedPlan(tx: Tx, ctx: DemoContext, seed: PlanSeed) {
  const scope = { orgId: ctx.orgId, planId: ctx.planId };
  const [departments, people, sites, systems, vendors] = await Promise.all([
    tx.department.findMany({ where: { orgId: ctx.orgId } }),
    tx.person.findMany({ where: { orgId: ctx.orgId } }),
    tx.site.findMany({ where: { orgId: ctx.orgId } }),
    tx.system.findMany({ where: scope }),
    tx.inventoryItem.findMany({ where: { ...scope, kind: "vendors" } }),
  ]);
  const id = (rows: { id: string; name: string }[], name: string) => {
    const row = rows.find((r) => r.name === name);
    if (!row) throw new Error(`Demo BIA data names “${name}”, which the demo does not have.`);
    return row.id;
  };
  const products = new Map<string, string>();
  for (const product of seed.products) {
    const row = await tx.product.create({ data: { ...scope, name: product.name, description: product.description, departmentId: id(departments, product.department) } });
    products.set(product.name, row.id);
  }
  const tiers = new Map<string, string>();
  for (const tier of seed.tiers) tiers.set(tier.name, (await tx.recoveryTier.create({ data: { ...scope, ...tier } })).id);
  for (const f of seed.functions) {
    const vendorIds = vendors.filter((v) => f.vendors?.some((hint) => v.label.toLowerCase().includes(hint.toLowerCase()))).map((v) => ({ id: v.id }));
    await tx.businessFunction.create({
      data: {
        ...scope,
        name: f.name,
        description: f.description,
        departmentId: id(departments, f.department),
        productId: products.get(f.product),
        impactGrid: grid(f.grid),
        costPerHour: f.costPerHour,
        mtdMinutes: f.mtd,
        rtoMinutes: f.rto,
        rpoMinutes: f.rpo,
        wrtMinutes: f.wrt || null,
        mtdOverrideReason: f.mtdReason ?? "",
        rtoOverrideReason: f.rtoReason ?? "",
        tierId: f.tier ? tiers.get(f.tier) : null,
        manualRank: f.rank ?? null,
        manualRankReason: f.rankReason ?? "",
        vitalRecords: f.vitalRecords,
        systems: { connect: f.systems.map((name) => ({ id: id(systems, name) })) },
        keyPeople: { connect: f.people.map((name) => ({ id: id(people, name) })) },
        facilities: { connect: f.sites.map((name) => ({ id: id(sites, name) })) },
        vendors: { connect: vendorIds },
      },
    });
  }
  for (const group of seed.groups) {
    await tx.consistencyGroup.create({
      data: { ...scope, key: group.key, name: group.name, maxSkewMinutes: group.maxSkewMinutes, systems: { connect: group.systems.map((name) => ({ id: id(systems, name) })) } },
    });
  }
  await tx.planSection.createMany({ data: Object.entries(seed.sections).map(([key, body]) => ({ ...scope, key, body })) });
}

export const seedBia: StageSeed = async (tx, ctx) => {
  const seed = ctx.orgSlug === "harbour-lane-foods" ? PLANS[ctx.planName] : undefined;
  if (seed) await seedPlan(tx, ctx, seed);
};
