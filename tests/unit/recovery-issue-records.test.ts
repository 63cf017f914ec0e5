import { describe, expect, it } from "vitest";
import { parseModel } from "@/lib/engine";
import { nameIssues } from "@/lib/recovery/issue-records";

const model = {
  version: 1,
  assessedAt: "2026-11-27T09:00:00Z",
  sites: [{ id: "Leeds" }],
  locations: [{ id: "nas", throughputMBps: 200 }],
  hosts: [{ id: "esx01", site: "Leeds", ramMiB: 65536 }, { id: "esx02", ramMiB: 65536 }],
  systems: [{ id: "SQL01", host: "esx09", ramMiB: 4096 }],
};

function issuesOf(input: unknown) {
  const parsed = parseModel(input);
  if (parsed.ok) throw new Error("the model is invalid");
  return parsed.issues;
}

describe("the model's issues, named as the setup pages name their records", () => {
  it("names the host or location left without a site and says where to choose it", () => {
    const named = nameIssues(issuesOf(model), model, { hosts: { esx02: "ESX 02 (Leeds rack B)" } });
    expect(named).toContainEqual({
      path: "hosts[1].site",
      message: "is required",
      record: "Host “ESX 02 (Leeds rack B)”",
      fix: "Choose its site under Setup → Hosts: the engine needs it to know which disasters take the host down.",
    });
    expect(named).toContainEqual(expect.objectContaining({ path: "locations[0].site", record: "Backup location “nas”", fix: expect.stringContaining("Setup → Locations") }));
  });

  it("names the record of any other issue and leaves a path outside the lists as it is", () => {
    const named = nameIssues([...issuesOf(model), { path: "assessedAt", message: "must be an instant" }], model, {});
    expect(named.find((i) => i.path.startsWith("systems[0]"))).toMatchObject({ record: "System “SQL01”" });
    expect(named.find((i) => i.path.startsWith("systems[0]"))).not.toHaveProperty("fix");
    expect(named.at(-1)).toEqual({ path: "assessedAt", message: "must be an instant" });
  });
});
