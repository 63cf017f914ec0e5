import { describe, expect, it } from "vitest";
import { sameSiteReplicaWarning } from "@/lib/recovery/setup/replica-site";

const office = { id: "s1", name: "Head office" };
const dr = { id: "s2", name: "DR site" };

describe("the warning for a replica kept on its system's own site", () => {
  it("names the site the replica dies with, and what it still covers", () => {
    expect(sameSiteReplicaWarning({ location: { name: "NAS", site: office }, host: { name: "HOST01", site: office } })).toBe(
      "NAS is at Head office, the same site as HOST01: this replica does not survive losing Head office (it still covers losing HOST01 alone).",
    );
  });

  it("says nothing of a replica on another site", () => {
    expect(sameSiteReplicaWarning({ location: { name: "DR NAS", site: dr }, host: { name: "HOST01", site: office } })).toBeNull();
  });

  it("says nothing when either site, or the system's host, is not recorded: it cannot tell", () => {
    expect(sameSiteReplicaWarning({ location: { name: "NAS", site: null }, host: { name: "HOST01", site: office } })).toBeNull();
    expect(sameSiteReplicaWarning({ location: { name: "NAS", site: office }, host: { name: "HOST01", site: null } })).toBeNull();
    expect(sameSiteReplicaWarning({ location: { name: "NAS", site: office }, host: null })).toBeNull();
  });
});
