import type { BusinessFunction } from "@/lib/generated/prisma/client";
import { impactGridSchema, type ImpactGrid } from "@/lib/bia/impact";

/** What the audit log records of a function before and after a change. */
export function functionSnapshot(f: BusinessFunction & { systemIds?: string[]; keyPersonIds?: string[]; vendorIds?: string[]; facilityIds?: string[] }) {
  return {
    name: f.name,
    description: f.description,
    productId: f.productId,
    departmentId: f.departmentId,
    impactGrid: f.impactGrid ?? {},
    costPerHour: f.costPerHour,
    mtdMinutes: f.mtdMinutes,
    rtoMinutes: f.rtoMinutes,
    rpoMinutes: f.rpoMinutes,
    wrtMinutes: f.wrtMinutes,
    mtdOverrideReason: f.mtdOverrideReason,
    rtoOverrideReason: f.rtoOverrideReason,
    manualRank: f.manualRank,
    manualRankReason: f.manualRankReason,
    tierId: f.tierId,
    vitalRecords: f.vitalRecords,
    ...(f.systemIds ? { systemIds: f.systemIds, keyPersonIds: f.keyPersonIds, vendorIds: f.vendorIds, facilityIds: f.facilityIds } : {}),
  };
}

/** The stored grid, read defensively: a malformed value reads as not rated. */
export function storedGrid(value: unknown): ImpactGrid {
  const parsed = impactGridSchema.safeParse(value);
  return parsed.success ? parsed.data : {};
}
