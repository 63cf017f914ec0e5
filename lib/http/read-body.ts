import "server-only";
import { AppError } from "@/lib/errors";

/**
 * A request body as UTF-8 text, refused (VALIDATION on `field`) as soon as it passes `maxBytes`:
 * first by its Content-Length, then while reading, since a chunked upload has none and a client
 * can send more than it declares. Nothing past the limit is kept in memory.
 */
export async function readBodyText(request: Request, { maxBytes, field, tooLarge }: { maxBytes: number; field: string; tooLarge: string }): Promise<string> {
  const refuse = () => new AppError("VALIDATION", tooLarge, { [field]: tooLarge });
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes) throw refuse();
  if (!request.body) return "";
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw refuse();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}
