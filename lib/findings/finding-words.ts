/**
 * What an open finding saved before owners and due dates were required lacks, as the pages and
 * the PDF list it: it stays readable, and its next edit must supply them.
 */
export const NEEDS_OWNER = "Needs an owner";
export const NEEDS_DUE_DATE = "Needs a due date";
