import type { Pdf } from "@/lib/reports/pdf/load-pdf";
import type { Styles } from "@/lib/reports/pdf/styles";

/**
 * The organisation's classification marking at the top and foot of every page (docs/decisions/0061),
 * placed inside a page's fixed frame; nothing when the organisation sets none.
 */
export function PageMarking({ pdf, s, marking }: { pdf: Pdf; s: Styles; marking: string }) {
  if (!marking) return null;
  const { Text } = pdf;
  return (
    <>
      <Text style={s.markingTop} fixed>
        {marking}
      </Text>
      <Text style={s.markingFoot} fixed>
        {marking}
      </Text>
    </>
  );
}

/** The document's subject, the marking after it: what a viewer's document properties show. */
export function markedSubject(subject: string, marking: string): string {
  return marking ? `${subject} — ${marking}` : subject;
}
