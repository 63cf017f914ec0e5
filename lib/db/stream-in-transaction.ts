import "server-only";
import { db, type Tx } from "@/lib/db/client";

/** Bytes queued for a slow reader before the transaction waits for it to catch up. */
const HIGH_WATER_BYTES = 1024 * 1024;

type Options = { isolationLevel: "RepeatableRead"; timeout: number };

/**
 * A response body written from inside one database transaction, so that what it holds is one
 * consistent picture, however large. `head` runs first, and a failure there (a refusal, the
 * database down) rejects before anything is streamed, so the caller can still answer with an
 * error status (and what must be done before any of the body leaves, such as an export's audit
 * row, belongs there); `body` then yields the text piece by piece, and each piece waits until the reader
 * has taken the earlier ones (at most about HIGH_WATER_BYTES queued): memory holds one piece, not
 * the whole body. The stream ends only once the transaction has committed; a reader that goes
 * away, or a failure midway, rolls it back and the reader sees a broken download rather than a
 * short file that looks whole.
 */
export async function streamInTransaction<H>({
  options,
  head,
  body,
}: {
  options: Options;
  head: (tx: Tx) => Promise<H>;
  body: (tx: Tx, head: H) => AsyncIterable<string>;
}): Promise<{ head: H; stream: ReadableStream<Uint8Array> }> {
  const encoder = new TextEncoder();
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  let resume: (() => void) | undefined;
  let cancelled = false;
  const wake = () => {
    resume?.();
    resume = undefined;
  };
  const stream = new ReadableStream<Uint8Array>(
    {
      start: (c) => {
        controller = c;
      },
      pull: wake,
      cancel: () => {
        cancelled = true;
        wake();
      },
    },
    new ByteLengthQueuingStrategy({ highWaterMark: HIGH_WATER_BYTES }),
  );
  const readerGone = () => new Error("The reader of the stream went away; the transaction is rolled back.");

  return new Promise((resolve, reject) => {
    let started = false;
    db.$transaction(async (tx) => {
      const value = await head(tx);
      started = true;
      resolve({ head: value, stream });
      for await (const text of body(tx, value)) {
        if (cancelled) throw readerGone();
        controller.enqueue(encoder.encode(text));
        while ((controller.desiredSize ?? 0) <= 0 && !cancelled) await new Promise<void>((r) => (resume = r));
      }
      if (cancelled) throw readerGone();
    }, options).then(
      () => controller.close(),
      (error: unknown) => {
        if (!started) return reject(error);
        if (cancelled) return;
        console.error("A streamed download failed midway", error);
        controller.error(error);
      },
    );
  });
}
