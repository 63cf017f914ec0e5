// The worked example of docs/engine.md, on examples/recovery-model.json: if the
// engine or the example changes, the explanation in the docs must change too.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseModelText, assess } from "../index";
import { row, scenario } from "./helpers";

const file = path.resolve(__dirname, "../../../examples/recovery-model.json");
const parsed = parseModelText(readFileSync(file, "utf8"), file);
if (!parsed.ok) throw new Error("the example must be valid");
const a = assess(parsed.model);

describe("the worked example", () => {
  it("vm-lost: a nightly backup in New York time, across the autumn clock change", () => {
    // 23:00 local each night, usable 60 min later: 24 h + 1 h = 1500 in a normal
    // week, but 23:00 EDT on 1 Nov to 23:00 EST on 2 Nov is 25 h: 1560 (26 h).
    expect(row(a, "vm-lost", "dc").rpo).toMatchObject({ worstCaseMinutes: 1560, location: "nas", status: "met" });
    // Declared after 30 min; 60 GB at 150 MB/s (the NAS's stream cap) = 6 min 40 s;
    // boot 10 + verify 5: ready at 51.667 min.
    expect(row(a, "vm-lost", "dc").rto).toMatchObject({ restoreStart: 30, transferEnd: 36.667, ready: 51.667, status: "met" });
  });

  it("site-loss: the cloud copy, the replica, the standby host and the restore order", () => {
    // erp's newest surviving point is on the cloud: copied at 06:00 New York time,
    // landing 07:00, it holds the 23:00 backup of the night before: up to 32 h old,
    // 33 h across the clock change. At the disaster (13 March 22:00 EDT) the copy of
    // 13 March 07:00 holds 12 March 23:00: 23 h.
    expect(row(a, "site-loss", "erp").rpo).toMatchObject({ worstCaseMinutes: 1980, atDisasterMinutes: 1380, location: "cloud", status: "breached" });
    // Standby: 61 140 MiB. In queue order dc 4 152, sql 33 048, erp 16 536 fit
    // (7 404 left); files 8 280 does not; web 4 152 does.
    expect(scenario(a, "site-loss").hosts.find((h) => h.id === "standby")).toEqual({ id: "standby", demandMiB: 66168, availableMiB: 61140, unplaced: ["files"] });
    // From 60 min (declaration, and the standby host's readiness) dc, erp and web read
    // the cloud (100 MB/s, 50 per stream) at 33.3 MB/s each. web's 40 GB are done at
    // 80; dc and erp then get 50 MB/s: dc's last 20 GB by 86.667, erp's last 60 GB by 106.667.
    expect(row(a, "site-loss", "dc").rto).toMatchObject({ transferEnd: 86.667, ready: 101.667 });
    expect(row(a, "site-loss", "web").rto).toMatchObject({ transferEnd: 80, ready: 90 });
    // sql fails over to its replica (5 min behind): no transfer, but it waits for dc.
    expect(row(a, "site-loss", "sql").rpo).toMatchObject({ worstCaseMinutes: 5, location: "dr-replica" });
    expect(row(a, "site-loss", "sql").rto).toMatchObject({ restoreStart: 60, transferEnd: 60, ready: 131.667 });
    // erp waits for sql: 131.667 + 30 = 161.667. billing: 161.667 + 120 WRT <= 1440.
    expect(row(a, "site-loss", "erp").rto.ready).toBe(161.667);
    expect(scenario(a, "site-loss").processes.find((p) => p.id === "billing")).toEqual({ id: "billing", rtoMinutes: 161.667, mtdOk: true, slackMinutes: 1158.333 });
    // office-work needs files, which has no place: unbounded, so its MTD check fails.
    expect(scenario(a, "site-loss").processes.find((p) => p.id === "office-work")).toEqual({ id: "office-work", rtoMinutes: null, mtdOk: false, slackMinutes: null });
  });

  it("hv1-lost: hv2 cannot take SQL Server next to what already runs there", () => {
    // hv2 gives 61 440 MiB; erp, files and web keep running there (28 968); dc fits
    // (4 152), sql (33 048) does not: 28 320 left.
    expect(scenario(a, "hv1-lost").hosts.find((h) => h.id === "hv2")).toEqual({ id: "hv2", demandMiB: 66168, availableMiB: 61440, unplaced: ["sql"] });
    expect(row(a, "hv1-lost", "sql").rto).toMatchObject({ achievableMinutes: null, status: "breached" });
  });

  it("ransomware: only the immutable cloud and the offline drives count", () => {
    // Points are clean only when 2 days older than the attack; sql's 4-hourly
    // backups reach the cloud 50 min after they start: 2 days + 4 h at worst.
    expect(row(a, "ransomware", "sql").rpo).toMatchObject({ worstCaseMinutes: 3120, location: "cloud", status: "breached" });
    // At the attack (10 June 14:00Z) the newest sql point before 8 June 14:00Z is 12:00Z.
    expect(row(a, "ransomware", "sql").rpo.atDisasterMinutes).toBe(3000);
  });

  it("the command exits 1: targets are breached", () => {
    const breached = a.scenarios.flatMap((s) => s.systems.flatMap((x) => [x.rpo.status, x.rto.status])).filter((s) => s === "breached");
    expect(breached).toHaveLength(11);
  });
});
