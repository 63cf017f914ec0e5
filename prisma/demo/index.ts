/**
 * Demo data of each plan stage, loaded after the organisation, its people, sites, departments,
 * plans and systems exist. Order matters: later stages link to what earlier ones created
 * (committee and risks, then inventories, then the BIA, then recovery facts, then tests, whose
 * measured restores record their systems' targets, which dependencies pass down, then approvals).
 */
import type { Prisma } from "../../lib/generated/prisma/client";
import { seedApprovals } from "./approvals";
import { seedBia } from "./bia";
import { seedCommittee } from "./committee";
import { seedExercises } from "./exercises";
import { seedIncidents } from "./incidents";
import { seedInventories } from "./inventories";
import { seedRecovery } from "./recovery";
import { seedReviews } from "./reviews";

export type DemoContext = { orgId: string; orgSlug: string; planId: string; planName: string };
export type StageSeed = (tx: Prisma.TransactionClient, ctx: DemoContext) => Promise<void>;

// The approval history comes last of the plan's content: its version freezes everything the other
// seeds loaded. Incidents follow it, being no part of any version.
export const STAGE_SEEDS: StageSeed[] = [seedCommittee, seedInventories, seedBia, seedRecovery, seedExercises, seedApprovals, seedIncidents, seedReviews];
