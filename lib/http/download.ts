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
