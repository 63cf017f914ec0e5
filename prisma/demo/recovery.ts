/**
 * Demo recovery facts: how Harbour Lane Foods protects its VMs. A NAS in the Bristol server
 * room takes nightly image backups (and SQL every hour), two USB drives rotate weekly to the IT
 * manager's home safe, and a cloud bucket with a 30-day immutability lock gets a daily copy. A
 * small standby host in the cloud takes the most critical VMs if Bristol is lost — too small for
 * all of them, which the readiness dashboard shows.
 */
import type { StageSeed } from "./index";

const DAY = 86_400_000;

type HostSpec = { key: string; name: string; site: string; ramMiB: number; reservedMiB: number; readyAfterMinutes: number };
type LocationSpec = { key: string; name: string; site: string; online: boolean; immutableDays: number; throughputMBps: number; streamMBps?: number; maxStreams: number; retrievalMinutes: number; description: string };

const BRISTOL = {
  locations: [
    { key: "nas", name: "Synology NAS (server room)", site: "Bristol head office and warehouse", online: true, immutableDays: 0, throughputMBps: 200, streamMBps: 150, maxStreams: 2, retrievalMinutes: 0, description: "Veeam repository, 24 TB RAID 6" },
    { key: "usb", name: "USB drives (weekly rotation)", site: "Off-site safe", online: false, immutableDays: 0, throughputMBps: 120, maxStreams: 1, retrievalMinutes: 90, description: "Two 8 TB drives; one always off site" },
    { key: "cloud", name: "Cloud object storage (immutable)", site: "Cloud recovery site", online: true, immutableDays: 30, throughputMBps: 100, streamMBps: 50, maxStreams: 4, retrievalMinutes: 15, description: "Azure Blob with a 30-day immutability policy" },
  ] as LocationSpec[],
  hosts: [
    { key: "hv01", name: "HV01 (Hyper-V, server room)", site: "Bristol head office and warehouse", ramMiB: 131072, reservedMiB: 4096, readyAfterMinutes: 0 },
    { key: "hv02", name: "HV02 (Hyper-V, server room)", site: "Bristol head office and warehouse", ramMiB: 98304, reservedMiB: 4096, readyAfterMinutes: 0 },
    { key: "standby", name: "Cloud standby host", site: "Cloud recovery site", ramMiB: 65536, reservedMiB: 2048, readyAfterMinutes: 60 },
  ] as HostSpec[],
  systems: {
    DC01: { host: "hv01", boot: 5, verify: 5, priority: 1, deps: [] },
    SQL01: { host: "hv01", boot: 10, verify: 15, priority: 1, deps: ["DC01"] },
    "ERP-APP": { host: "hv02", boot: 8, verify: 20, priority: 2, deps: ["SQL01", "DC01"] },
    WMS: { host: "hv02", boot: 6, verify: 15, priority: 2, deps: ["SQL01"] },
    "WEB-SHOP": { host: "hv02", boot: 4, verify: 10, priority: 3, deps: ["ERP-APP"] },
    PAYROLL: { host: "hv02", boot: 5, verify: 10, priority: 3, deps: ["DC01"] },
    FILE01: { host: "hv01", boot: 5, verify: 10, priority: 4, deps: ["DC01"] },
  } as Record<string, { host: string; boot: number; verify: number; priority: number; deps: string[] }>,
};

export const seedRecovery: StageSeed = async (tx, ctx) => {
  if (ctx.orgSlug !== "harbour-lane-foods") return;
  const scope = { orgId: ctx.orgId, planId: ctx.planId };
  const sites = new Map((await tx.site.findMany({ where: { orgId: ctx.orgId } })).map((s) => [s.name, s.id]));
  const cold = ctx.planName === "Avonmouth cold store";
  const spec = cold
    ? {
        locations: [{ key: "nas-av", name: "Cold-store NAS", site: "Avonmouth cold store", online: true, immutableDays: 0, throughputMBps: 110, maxStreams: 1, retrievalMinutes: 0, description: "Small NAS in the depot office" }] as LocationSpec[],
        hosts: [{ key: "hv-av1", name: "HV-AV1 (depot)", site: "Avonmouth cold store", ramMiB: 32768, reservedMiB: 2048, readyAfterMinutes: 0 }] as HostSpec[],
        systems: { "COLD-MON": { host: "hv-av1", boot: 5, verify: 10, priority: 1, deps: [] } } as typeof BRISTOL.systems,
      }
    : BRISTOL;

  const locations = new Map<string, string>();
  for (const { site, ...l } of spec.locations) {
    locations.set(l.key, (await tx.backupLocation.create({ data: { ...scope, ...l, siteId: sites.get(site) } })).id);
  }
  const hosts = new Map<string, string>();
  for (const { site, ...h } of spec.hosts) hosts.set(h.key, (await tx.host.create({ data: { ...scope, ...h, siteId: sites.get(site) } })).id);

  const systems = new Map((await tx.system.findMany({ where: scope })).map((s) => [s.name, s.id]));
  const siteLoss = await tx.scenario.findFirst({ where: { ...scope, key: "site-loss" } });
  for (const [name, s] of Object.entries(spec.systems)) {
    const id = systems.get(name);
    if (!id) continue;
    await tx.system.update({
      where: { id },
      data: {
        hostId: hosts.get(s.host),
        bootMinutes: s.boot,
        verifyMinutes: s.verify,
        priority: s.priority,
        dependsOn: { connect: s.deps.flatMap((d) => (systems.get(d) ? [{ id: systems.get(d)! }] : [])) },
      },
    });
    if (siteLoss && hosts.has("standby")) {
      await tx.systemRecoveryHost.create({ data: { orgId: ctx.orgId, systemId: id, scenarioId: siteLoss.id, hostId: hosts.get("standby")! } });
    }
  }

  const modelled = Object.keys(spec.systems).flatMap((n) => (systems.get(n) ? [{ id: systems.get(n)! }] : []));
  const nightly = await tx.backupPolicy.create({
    data: {
      ...scope,
      key: "nightly",
      name: "Nightly image backup",
      cron: "0 23 * * *",
      timezone: "Europe/London",
      windowMinutes: 60,
      targetId: locations.get(cold ? "nas-av" : "nas")!,
      systems: { connect: modelled },
    },
  });
  if (!cold) {
    await tx.policyCopy.createMany({
      data: [
        { orgId: ctx.orgId, policyId: nightly.id, toId: locations.get("usb")!, mode: "rotation", cron: "0 17 * * 5", timezone: "Europe/London", lagMinutes: 60, sortOrder: 1 },
        { orgId: ctx.orgId, policyId: nightly.id, toId: locations.get("cloud")!, mode: "scheduled", cron: "0 6 * * *", timezone: "UTC", lagMinutes: 90, sortOrder: 2 },
      ],
    });
    const sqlHourly = await tx.backupPolicy.create({
      data: {
        ...scope,
        key: "sql-hourly",
        name: "SQL Server hourly backup",
        everyMinutes: 60,
        anchor: new Date("2026-01-01T00:15:00Z"),
        windowMinutes: 10,
        targetId: locations.get("nas")!,
        systems: { connect: [{ id: systems.get("SQL01")! }] },
      },
    });
    await tx.policyCopy.create({ data: { orgId: ctx.orgId, policyId: sqlHourly.id, toId: locations.get("cloud")!, mode: "immediate", lagMinutes: 20 } });
  }

  // Evidence from the backup software: the last nights' points (FILE01's job has been failing
  // for four nights, so its newest point is old).
  const lastNight = new Date(Math.floor(Date.now() / DAY) * DAY - DAY + 23 * 3_600_000);
  const points = [];
  for (const name of Object.keys(spec.systems)) {
    const systemId = systems.get(name);
    if (!systemId) continue;
    for (let night = name === "FILE01" ? 4 : 0; night < 7; night++) {
      const pointInTime = new Date(lastNight.getTime() - night * DAY);
      points.push({ ...scope, systemId, locationId: locations.get(cold ? "nas-av" : "nas")!, pointInTime, usableAt: new Date(pointInTime.getTime() + 55 * 60_000), sizeGB: null });
    }
  }
  await tx.restorePoint.createMany({ data: points });
};
