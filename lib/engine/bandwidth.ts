// Restores reading from one location: at most maxStreams at once; a free stream
// goes to the first waiting system in queue order whose restore can start;
// running transfers share the throughput max-min fairly, none above streamMBps.
// With equal caps, max-min fair is simply min(streamMBps, throughput / n) each,
// so all running transfers advance at the same rate: the simulation tracks one
// "progress per stream" counter and finishes a transfer when the counter has
// grown by its size. Events are arrivals and finishes, so the cost is
// O(k log k) for k restores, whatever their sizes.
import { Heap } from "./heap";

export interface TransferJob {
  id: number;
  /** Position in the queue order (priority, dependency depth, id): lower goes first. */
  rank: number;
  /** Earliest start, minutes after the disaster. */
  ready: number;
  sizeMB: number;
}

export interface TransferTimes {
  begin: number;
  end: number;
}

export interface LocationLimits {
  throughput: number; // MB/s
  stream: number; // MB/s
  maxStreams: number;
}

export function simulateTransfers(jobs: readonly TransferJob[], limits: LocationLimits): Map<number, TransferTimes> {
  const out = new Map<number, TransferTimes>();
  const arrivals = [...jobs].sort((a, b) => a.ready - b.ready || a.rank - b.rank);
  const waiting = new Heap<TransferJob>((a, b) => a.rank - b.rank);
  const running = new Heap<{ id: number; begin: number; until: number }>((a, b) => a.until - b.until);
  const perStreamMBpm = (n: number) => Math.min(limits.stream, limits.throughput / n) * 60;
  let now = 0;
  let progress = 0; // MB read by each running stream since the start
  let next = 0;
  while (next < arrivals.length || waiting.size > 0 || running.size > 0) {
    while (next < arrivals.length && arrivals[next].ready <= now) waiting.push(arrivals[next++]);
    while (running.size < limits.maxStreams && waiting.size > 0) {
      const job = waiting.pop()!;
      if (job.sizeMB <= 0) out.set(job.id, { begin: now, end: now });
      else running.push({ id: job.id, begin: now, until: progress + job.sizeMB });
    }
    const arrival = next < arrivals.length ? arrivals[next].ready : Infinity;
    if (running.size === 0 && arrival === Infinity) break; // only empty restores were left
    const rate = running.size > 0 ? perStreamMBpm(running.size) : 0;
    const finish = running.size > 0 ? now + (running.peek()!.until - progress) / rate : Infinity;
    if (finish <= arrival) {
      // Snap to the finishing transfer's mark so equal sizes finish together.
      progress = running.peek()!.until;
      now = finish;
      while (running.size > 0 && running.peek()!.until <= progress) {
        const done = running.pop()!;
        out.set(done.id, { begin: done.begin, end: now });
      }
    } else {
      progress += rate * (arrival - now);
      now = arrival;
    }
  }
  return out;
}
