/**
 * A past incident of "Bristol operations": a power cut at the head office in July 2026, declared,
 * logged and stood down with its review, so the incident log has an example to read. Loaded after
 * the approvals: incidents are no part of the plan's content or of any version (decision 49).
 */
import type { StageSeed } from "./index";

const at = (iso: string) => new Date(iso);

export const seedIncidents: StageSeed = async (tx, ctx) => {
  if (ctx.orgSlug !== "harbour-lane-foods" || ctx.planName !== "Bristol operations") return;
  const { orgId, planId } = ctx;
  const [declarer, recorder, scenario] = await Promise.all([
    tx.person.findFirst({ where: { orgId, name: "Priya Shah" }, select: { id: true, name: true } }),
    tx.user.findFirst({ where: { email: "priya.shah@harbourlane.example" }, select: { id: true } }),
    tx.scenario.findFirst({ where: { orgId, planId, key: "host-loss" }, select: { id: true, name: true } }),
  ]);
  if (!recorder) throw new Error("The demo incident is recorded by Priya Shah, who is not a member.");
  await tx.incident.create({
    data: {
      orgId,
      planId,
      title: "Power cut at the Bristol head office",
      scenarioId: scenario?.id ?? null,
      scenarioName: scenario?.name ?? "",
      declaredAt: at("2026-07-08T06:40:00Z"),
      declaredByPersonId: declarer?.id ?? null,
      declaredByName: declarer?.name ?? "Priya Shah",
      status: "stood_down",
      stoodDownAt: at("2026-07-08T14:15:00Z"),
      reviewSummary:
        "Mains power was lost for seven hours. HV01 shut down cleanly on UPS; orders were taken by phone until SQL01 and ERP-APP ran on HV02 at 09:55, inside their RTO. The generator contract's four-hour response was missed: review it with Facilities. Two mobile numbers on the call list were out of date again.",
      stoodDownById: recorder.id,
      createdById: recorder.id,
      version: 2,
      entries: {
        create: [
          { at: at("2026-07-08T06:45:00Z"), kind: "decision", text: "Invoke the plan: restore SQL01 and ERP-APP on HV02; warehouse picks from printed lists.", orgId, recordedById: recorder.id },
          { at: at("2026-07-08T07:05:00Z"), kind: "notification", text: "Committee and ERT called; key customers told of delays by e-mail from Microsoft 365.", orgId, recordedById: recorder.id },
          { at: at("2026-07-08T07:30:00Z"), kind: "action", text: "Generator supplier called out (four-hour response).", orgId, recordedById: recorder.id },
          { at: at("2026-07-08T09:55:00Z"), kind: "recovery", text: "SQL01 and ERP-APP running on HV02; order taking back on the system.", orgId, recordedById: recorder.id },
        ],
      },
    },
  });
};
