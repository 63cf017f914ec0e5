/**
 * Demo data of each plan stage, loaded after the organisation, its people, sites, departments,
 * plans and systems exist. Order matters: later stages link to what earlier ones created
 * (committee and risks, then inventories, then the BIA, then tests).
 */
import type { Prisma } from "../../lib/generated/prisma/client";
import { seedBia } from "./bia";

export type DemoContext = { orgId: string; orgSlug: string; planId: string; planName: string };
export type StageSeed = (tx: Prisma.TransactionClient, ctx: DemoContext) => Promise<void>;

export const STAGE_SEEDS: StageSeed[] = [seedBia];
