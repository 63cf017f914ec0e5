/**
 * A version's status and an approver's decision in the pages' words, wherever either is shown (the
 * version's badge, the approval page, a version to choose, the PDF, the audit log), so that no view
 * says "submitted" where the others say "Awaiting approval". A code with no words yet (a value newer
 * than this list) is shown as stored rather than hidden.
 */

export const VERSION_STATUS_LABELS: Record<string, string> = {
  submitted: "Awaiting approval",
  approved: "Approved",
  rejected: "Rejected",
  withdrawn: "Withdrawn",
  superseded: "Superseded",
};

export const DECISION_LABELS: Record<string, string> = { approved: "Approved", rejected: "Rejected" };

/** Where the words stand: alone (a badge, a cell: "Awaiting approval") or within a sentence ("Version 3 (awaiting approval)"). */
type Placement = { inSentence?: boolean };

const inWords = (labels: Record<string, string>, code: string, { inSentence = false }: Placement) => {
  const words = Object.hasOwn(labels, code) ? labels[code] : code;
  return inSentence ? words.toLowerCase() : words;
};

export function versionStatusWords(status: string, placement: Placement = {}): string {
  return inWords(VERSION_STATUS_LABELS, status, placement);
}

export function decisionWords(decision: string, placement: Placement = {}): string {
  return inWords(DECISION_LABELS, decision, placement);
}

/** A version among others to choose from, or named in a heading: "Version 3 (awaiting approval)". */
export function versionChoiceLabel({ number, status }: { number: number; status: string }): string {
  return `Version ${number} (${versionStatusWords(status, { inSentence: true })})`;
}
