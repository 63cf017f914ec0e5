import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { IncidentRecoverySection } from "@/components/incidents/incident-recovery-section";
import type { FunctionRecovery } from "@/lib/incidents/incident-recovery";

const at = (iso: string) => new Date(iso);
const DECLARED = at("2026-12-04T07:10:00Z");
const gaps = { notAssessed: [], noHost: [], byProvider: [], modelled: 1 };
const fn = (fields: Partial<FunctionRecovery>): FunctionRecovery => ({ name: "Billing", resumes: at("2026-12-04T08:55:00Z"), mtdDeadline: at("2026-12-04T15:10:00Z"), mtdOk: true, gaps, ...fields });

/** The incident page's list of business functions, each item's text. */
function functionItems(functions: FunctionRecovery[]): string[] {
  const html = renderToStaticMarkup(
    createElement(IncidentRecoverySection, {
      view: { state: "assessed", scenarioKey: "site-loss", scenarioKind: "site", recovery: { disasterAt: DECLARED, systems: [], functions, groups: [] } },
      report: null,
      planId: "plan-1",
      scenarioName: "Head office lost",
      declaredAt: DECLARED,
      now: at("2026-12-04T12:00:00Z"),
      active: true,
      showAll: false,
      allHref: "",
      find: "",
      pageHref: "",
    }),
  );
  const list = html.match(/<ul[^>]*aria-label="Business functions[^"]*"[^>]*>(.*?)<\/ul>/)![1];
  return [...list.matchAll(/<li[^>]*>(.*?)<\/li>/g)].map((m) => m[1].replace(/<[^>]+>/g, "").replace(/&#x27;/g, "'"));
}

describe("the incident page's business functions (decision 83)", () => {
  it("says what is not known of a function whose systems nobody assessed, not that it resumes at the disaster", () => {
    const items = functionItems([
      fn({ name: "Telephony", resumes: DECLARED, gaps: { ...gaps, noHost: ["PBX"], modelled: 0 } }),
      fn({ name: "E-mail", resumes: DECLARED, gaps: { ...gaps, byProvider: ["Microsoft 365"], modelled: 0 } }),
      fn({ name: "Invoicing", gaps: { ...gaps, byProvider: ["Microsoft 365"] } }),
      fn({}),
    ]);
    expect(items).toEqual([
      "Telephony: resumes not known; its MTD runs out 4 Dec 2026, 15:10 UTC; not known: PBX not assessed (no host)",
      "E-mail: resumes not known; its MTD runs out 4 Dec 2026, 15:10 UTC; not assessed here: Microsoft 365 restored by its provider",
      "Invoicing: resumes 4 Dec 2026, 08:55 UTC; its MTD runs out 4 Dec 2026, 15:10 UTC; within its MTD for our systems; Microsoft 365 restored by its provider",
      "Billing: resumes 4 Dec 2026, 08:55 UTC; its MTD runs out 4 Dec 2026, 15:10 UTC",
    ]);
  });

  it("marks a missed MTD apart", () => {
    expect(functionItems([fn({ mtdOk: false })])).toEqual([expect.stringMatching(/^Billing: resumes 4 Dec 2026, 08:55 UTC; its MTD runs out 4 Dec 2026, 15:10 UTC *Misses its MTD$/)]);
  });
});
