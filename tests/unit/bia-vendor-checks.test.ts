import { describe, expect, it } from "vitest";
import { compareVendors as compareAt, vendorCheckLabels, vendorChoiceLabel, vendorRecoveryMinutes, type LinkedVendor } from "@/lib/bia/vendor-checks";

const NOW = new Date("2026-11-27T09:30:00Z");
const compareVendors = (input: { rtoMinutes: number | null; vendors: readonly LinkedVendor[] }) => compareAt({ ...input, now: NOW });
const vendor = (id: string, data: Record<string, unknown>, expiresOn: string | null = null) => ({
  id,
  label: String(data.name ?? id),
  data,
  expiresOn: expiresOn ? new Date(`${expiresOn}T00:00:00Z`) : null,
});
const acme = vendor("v-acme", { name: "Acme Hosting", service: "Managed hosting", recoveryHours: 48 });

describe("vendorRecoveryMinutes", () => {
  it("reads the contractual recovery time in hours as minutes", () => {
    expect(vendorRecoveryMinutes({ recoveryHours: 48 })).toBe(2880);
    expect(vendorRecoveryMinutes({ recoveryHours: 1.5 })).toBe(90);
    expect(vendorRecoveryMinutes({ recoveryHours: 0 })).toBe(0);
    // 1.1 × 60 is 66.00000000000001 in floating point: rounded, as typed targets are.
    expect(vendorRecoveryMinutes({ recoveryHours: 1.1 })).toBe(66);
  });

  it("treats a missing, empty or malformed value as not stated", () => {
    expect(vendorRecoveryMinutes({})).toBeNull();
    expect(vendorRecoveryMinutes({ recoveryHours: null })).toBeNull();
    expect(vendorRecoveryMinutes({ recoveryHours: "48" })).toBeNull();
    expect(vendorRecoveryMinutes({ recoveryHours: -1 })).toBeNull();
    expect(vendorRecoveryMinutes({ recoveryHours: Number.NaN })).toBeNull();
    expect(vendorRecoveryMinutes(null)).toBeNull();
    expect(vendorRecoveryMinutes([48])).toBeNull();
  });
});

describe("compareVendors", () => {
  it("finds a vendor whose contractual recovery time is longer than the RTO", () => {
    expect(compareVendors({ rtoMinutes: 240, vendors: [acme] })).toEqual([
      {
        vendorId: "v-acme",
        name: "Acme Hosting",
        service: "Managed hosting",
        recoveryMinutes: 2880,
        status: "longer",
        message: "Acme Hosting's contractual recovery time (2 days) is longer than the RTO (4 h).",
        contractExpired: false,
        contractWarning: null,
      },
    ]);
  });

  it("passes a vendor within the RTO, and one exactly equal to it", () => {
    const quick = vendor("v-quick", { name: "Quick Lines", service: "Internet", recoveryHours: 2 });
    const equal = vendor("v-equal", { name: "Exact Ltd", service: "Couriers", recoveryHours: 4 });
    const tenth = vendor("v-tenth", { name: "Tenth Ltd", service: "Print", recoveryHours: 1.1 });
    expect(compareVendors({ rtoMinutes: 240, vendors: [quick, equal] }).map((c) => [c.status, c.message])).toEqual([
      ["within", null],
      ["within", null],
    ]);
    expect(compareVendors({ rtoMinutes: 66, vendors: [tenth] })[0].status).toBe("within");
    expect(compareVendors({ rtoMinutes: 239, vendors: [equal] })[0].status).toBe("longer");
  });

  it("reports a vendor with no recovery time stated as a gap", () => {
    const silent = vendor("v-silent", { name: "Acme Hosting", service: "Managed hosting" });
    expect(compareVendors({ rtoMinutes: 240, vendors: [silent] })).toEqual([
      expect.objectContaining({ status: "not_stated", recoveryMinutes: null, message: "Acme Hosting: recovery time not stated." }),
    ]);
  });

  it("reports nothing for a function without an RTO, but still lists its vendors", () => {
    const silent = vendor("v-silent", { name: "Silent Ltd", service: "Payroll" });
    expect(compareVendors({ rtoMinutes: null, vendors: [acme, silent] }).map((c) => [c.name, c.status, c.message, c.recoveryMinutes])).toEqual([
      ["Acme Hosting", "no_rto", null, 2880],
      ["Silent Ltd", "no_rto", null, null],
    ]);
  });

  it("names the vendor from its entry, falling back to the item's label", () => {
    expect(compareVendors({ rtoMinutes: 60, vendors: [{ id: "v-1", label: "Old label", data: { recoveryHours: 3 }, expiresOn: null }] })[0]).toMatchObject({
      name: "Old label",
      service: "",
      message: "Old label's contractual recovery time (3 h) is longer than the RTO (1 h).",
    });
    expect(compareVendors({ rtoMinutes: 30, vendors: [] })).toEqual([]);
  });
});

describe("an expired vendor contract", () => {
  const dental = vendor("v-soe", { name: "Software of Excellence", service: "Practice management", recoveryHours: 4 }, "2026-10-01");

  it("warns that a contract that ended before today may no longer owe its recovery time, even within the RTO", () => {
    expect(compareVendors({ rtoMinutes: 240, vendors: [dental] })).toEqual([
      expect.objectContaining({
        status: "within",
        message: null,
        contractExpired: true,
        contractWarning: "Software of Excellence's contract has expired (contract end 1 Oct 2026, expired 57 days ago): its recovery within 4 h may no longer be owed.",
      }),
    ]);
  });

  it("counts the day of the contract end as still covered, as the register's “expires today” does", () => {
    const endsToday = vendor("v-today", { name: "Today Ltd", recoveryHours: 2 }, "2026-11-27");
    const endedYesterday = vendor("v-yesterday", { name: "Yesterday Ltd", recoveryHours: 2 }, "2026-11-26");
    expect(compareVendors({ rtoMinutes: 240, vendors: [endsToday, endedYesterday] }).map((c) => [c.name, c.contractExpired, c.contractWarning])).toEqual([
      ["Today Ltd", false, null],
      ["Yesterday Ltd", true, "Yesterday Ltd's contract has expired (contract end 26 Nov 2026, expired 1 day ago): its recovery within 2 h may no longer be owed."],
    ]);
  });

  it("warns without a recovery time or an RTO too: the contract is the vendor's, not the comparison's", () => {
    const silent = vendor("v-silent", { name: "Silent Ltd" }, "2026-11-01");
    expect(compareVendors({ rtoMinutes: null, vendors: [silent] })[0]).toMatchObject({
      status: "no_rto",
      message: null,
      contractExpired: true,
      contractWarning: "Silent Ltd's contract has expired (contract end 1 Nov 2026, expired 26 days ago): its service may no longer be owed.",
    });
  });

  it("says nothing of a contract with no end recorded or ending later", () => {
    const later = vendor("v-later", { name: "Later Ltd", recoveryHours: 2 }, "2027-03-31");
    expect(compareVendors({ rtoMinutes: 240, vendors: [acme, later] }).map((c) => [c.contractExpired, c.contractWarning])).toEqual([
      [false, null],
      [false, null],
    ]);
  });
});

describe("vendorChoiceLabel", () => {
  it("names the service beside the vendor, so two entries of one vendor can be told apart", () => {
    const support = vendor("v-1", { name: "Evans IT Ltd", service: "IT support and backups" });
    const phones = vendor("v-2", { name: "Evans IT Ltd", service: "Telephony" });
    expect([support, phones].map(vendorChoiceLabel)).toEqual(["Evans IT Ltd (IT support and backups)", "Evans IT Ltd (Telephony)"]);
  });

  it("gives the name alone when no service is recorded", () => {
    expect(vendorChoiceLabel(vendor("v-1", { name: "Evans IT Ltd", service: "  " }))).toBe("Evans IT Ltd");
    expect(vendorChoiceLabel({ label: "Old label", data: null })).toBe("Old label");
  });
});

describe("vendorCheckLabels", () => {
  const check = (rtoMinutes: number | null, ...vendors: ReturnType<typeof vendor>[]) => vendorCheckLabels(compareVendors({ rtoMinutes, vendors }));

  it("gives the list row a short flag for slow vendors and a gap for unstated ones", () => {
    expect(check(240, acme)).toEqual({ flags: ["Vendor slower than RTO"], gaps: [] });
    expect(check(240, vendor("v-1", { name: "A" }))).toEqual({ flags: [], gaps: ["Vendor recovery time not stated"] });
    expect(check(60, acme, vendor("v-2", { name: "B", recoveryHours: 2 }), vendor("v-3", { name: "C" }), vendor("v-4", { name: "D" }))).toEqual({
      flags: ["2 vendors slower than RTO"],
      gaps: ["2 vendors' recovery times not stated"],
    });
  });

  it("flags expired contracts beside slow vendors, with or without an RTO", () => {
    const expired = (id: string) => vendor(id, { name: id, recoveryHours: 1 }, "2026-10-01");
    expect(check(240, expired("A"))).toEqual({ flags: ["Vendor contract expired"], gaps: [] });
    expect(check(60, acme, expired("A"), expired("B"))).toEqual({ flags: ["Vendor slower than RTO", "2 vendors' contracts expired"], gaps: [] });
    expect(check(null, expired("A"))).toEqual({ flags: ["Vendor contract expired"], gaps: [] });
  });

  it("says nothing when every vendor is within the RTO, or there is no RTO", () => {
    expect(check(2880, acme)).toEqual({ flags: [], gaps: [] });
    expect(check(null, acme, vendor("v-1", { name: "A" }))).toEqual({ flags: [], gaps: [] });
  });
});
