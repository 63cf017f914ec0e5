/**
 * How an estimated restore time is worked out, in words the IT administrator can check against
 * what they entered: the used size read from the location at the rate one restore gets there
 * (its per-stream limit, never above its throughput), then boot and verification; and, when other
 * restores from the same location slowed the transfer, how long it took instead. The engine's
 * result gives only when the transfer ends, so the size and rate come from the model. Pure.
 */
import { aloneTransferMinutes, formatDuration, type RecoveryModel, type ScenarioSystem } from "@/lib/engine";
import { formatGB } from "@/lib/engine/words";

/** Null when nothing is estimated: not affected, no way back, or a measured restore. */
export function restoreWorking({ model, row, locationName }: { model: RecoveryModel; row: ScenarioSystem; locationName: (key: string) => string }): string | null {
  const { rpo, rto } = row;
  if (!row.affected || rto.source !== "estimate" || rpo.location === null || rto.restoreStart === null || rto.transferEnd === null) return null;
  const system = model.systems.find((s) => s.id === row.id);
  const location = model.locations.find((l) => l.id === rpo.location);
  if (!system || !location) return null;
  const name = locationName(location.id);
  const steps = [system.bootMinutes > 0 ? `${formatDuration(system.bootMinutes)} boot` : "", system.verifyMinutes > 0 ? `${formatDuration(system.verifyMinutes)} verification` : ""].filter(Boolean);
  const then = steps.length ? `, then ${steps.join(" and ")}` : "";
  const took = rto.transferEnd - rto.restoreStart;
  if (took <= 0 && model.replicas.some((r) => r.system === row.id && r.location === location.id)) {
    return `Fails over to the replica on ${name}: no data to read${then}.`;
  }
  const alone = aloneTransferMinutes(system.usedGB, location);
  // A minute's slack, as the timeline allows: the engine rounds its times.
  const slowed = took > alone + 1 ? ` Slowed by other restores from ${name}, it took ${formatDuration(took)}.` : "";
  return `${formatGB(system.usedGB)} read from ${name} at ${Math.min(location.streamMBps, location.throughputMBps)} MB/s takes ${formatDuration(alone)}${then}.${slowed}`;
}
