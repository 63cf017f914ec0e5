import { evidenceFileName } from "@/lib/exercises/attachment-rules";

/** Content-Disposition for a download: an ASCII fallback plus the exact name (RFC 6266). */
export function contentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/[\\"]/g, "_");
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/**
 * A file the browser saves rather than shows: named safely whatever its name holds (a plan's name
 * with accents or quotes), and never cached (it holds the organisation's data).
 */
export function download(body: BodyInit, { filename, type }: { filename: string; type: string }): Response {
  return new Response(body, { headers: { "Content-Type": type, "Content-Disposition": contentDisposition(filename), "Cache-Control": "no-store" } });
}

/**
 * A test's evidence file. Always as an attachment and with nosniff, so an uploaded file is never
 * rendered by the browser as part of the app, and under a name ending as its type (evidenceFileName);
 * its SHA-256 is its ETag.
 */
export function evidenceDownload(file: { fileName: string; contentType: string; sizeBytes: number; sha256: string; data: Uint8Array }): Response {
  return new Response(new Uint8Array(file.data), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Length": String(file.sizeBytes),
      "Content-Disposition": contentDisposition(evidenceFileName(file.fileName, file.contentType)),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
      ETag: `"${file.sha256}"`,
    },
  });
}
