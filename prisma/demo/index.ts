/**
 * Demo data of each plan stage, loaded after the organisation, its people, sites, departments,
 * plans and systems exist. Order matters: later stages link to what earlier ones created
 * (committee and risks, then inventories, then the BIA, then recovery facts, then the January
 * backup check, then approvals, then the later tests, whose measured restores record their
 * systems' targets, which dependencies pass down). The organisation's own records, which read
 * every plan, come once all its plans are loaded.
 */
import type { Prisma } from "../../lib/generated/prisma/client";
import { seedApprovals } from "./approvals";
import { seedBackupCheck } from "./backup-check";
import { seedBia } from "./bia";
import { seedCommittee } from "./committee";
import { seedExercises } from "./exercises";
import { seedIncidents } from "./incidents";
import { seedInventories } from "./inventories";
import { seedRecovery } from "./recovery";
import { seedReviews } from "./reviews";

export type DemoContext = { orgId: string; orgSlug: string; planId: string; planName: string };
export type StageSeed = (tx: Prisma.TransactionClient, ctx: DemoContext) => Promise<void>;
export type OrgSeed = (tx: Prisma.TransactionClient, ctx: Pick<DemoContext, "orgId" | "orgSlug">) => Promise<void>;

// The approval history comes where version 1 was submitted, in February: its version freezes what
// the seeds before it loaded, the January backup check and its evidence among them, and none of the
// tests held since (March and September), which the plan then shows as added since the version.
// Incidents come later still, being no part of any version.
export const STAGE_SEEDS: StageSeed[] = [seedCommittee, seedInventories, seedBia, seedRecovery, seedBackupCheck, seedApprovals, seedExercises, seedIncidents];

// A management review lists every active plan, so it is seeded after the last of them.
export const ORG_SEEDS: OrgSeed[] = [seedReviews];
