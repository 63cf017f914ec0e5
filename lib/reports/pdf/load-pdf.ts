/**
 * @react-pdf/renderer is an ES module whose dependencies export only an `import` condition.
 * Scripts run through tsx (the worker, the benchmark) are CommonJS, where a static import would
 * become `require` and fail; a dynamic import loads it as ESM everywhere (Next, tsx, Vitest).
 * The document's components therefore receive the library as a value.
 */
export type Pdf = typeof import("@react-pdf/renderer");

let loaded: Promise<Pdf> | undefined;

export function loadPdf(): Promise<Pdf> {
  loaded ??= import("@react-pdf/renderer").then(async (pdf) => {
    // No hyphenation: e-mail addresses, hashes and system names must read exactly as recorded.
    pdf.Font.registerHyphenationCallback((word) => [word]);
    // The tables measure their cells' text before layout (see kit.tsx).
    await pdf.Font.load({ fontFamily: "Helvetica" });
    return pdf;
  });
  return loaded;
}
