import { RETRY_AFTER_SECONDS } from "@/lib/errors";

// The same words as the error boundary's (components/errors/error-view.tsx), so a reader sees one
// message whether the page failed while rendering or was stopped before it by the proxy.
const HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Temporarily unavailable · Continuity</title>
<style>
  body { margin: 0; font-family: system-ui, sans-serif; background: #f8fafc; color: #0f172a; }
  main { max-width: 40rem; margin: 4rem auto; padding: 0 1rem; }
  div { border: 1px solid #fcd34d; background: #fffbeb; border-radius: 0.5rem; padding: 1.5rem; color: #78350f; }
  h1 { font-size: 1.125rem; margin: 0 0 0.25rem; }
  p { font-size: 0.875rem; margin: 0; }
  a { display: inline-block; margin-top: 1rem; color: #0f172a; font-size: 0.875rem; }
</style>
</head>
<body>
<main>
<div role="alert">
<h1>Continuity is temporarily unavailable</h1>
<p>Its database cannot be reached at the moment. Nothing you saved was lost. Try again in a minute.</p>
<a href="">Try again</a>
</div>
</main>
</body>
</html>
`;

/**
 * The page a GET answers while the database is down (proxy.ts): 503 with Retry-After, so a
 * browser, a monitor or a crawler sees "unavailable, come back", never a cached error page.
 */
export function unavailablePage(method: string): Response {
  return new Response(method === "HEAD" ? null : HTML, {
    status: 503,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Retry-After": String(RETRY_AFTER_SECONDS),
      "Cache-Control": "no-store",
    },
  });
}
