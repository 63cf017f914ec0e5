import { ScrollBox } from "@/components/ui/scroll-box";

/** One row of a file an import would write: its row number, what it is called, and its changes in words. */
export type ImportChange = { row: number; name: string; action: "add" | "update"; changes: string };

/** A previewed row as the BIA and threat imports give it: each field's label with its old and new value. */
type FieldChanges = { row: number; name: string; kind: "add" | "update"; changes: readonly { label: string; from: string; to: string }[] };

/** Such rows as the table shows them: "Title: A → B; Owner: Tom Reed" (an added row's values alone). */
export function fieldChangeRows(rows: readonly FieldChanges[]): ImportChange[] {
  return rows.map((c) => ({
    row: c.row,
    name: c.name,
    action: c.kind,
    changes: c.changes.map((f) => (c.kind === "add" ? `${f.label}: ${f.to}` : `${f.label}: ${f.from} → ${f.to}`)).join("; "),
  }));
}

/**
 * The rows a CSV import's preview would add or update (CsvImportPanel's renderPreview), each
 * named as a row header so the row reads by it, then "…and n more." past what the preview lists.
 */
export function ImportChangesTable({
  caption,
  nameHeader,
  changesHeader,
  changes,
  more,
}: {
  caption: string;
  /** What a row is ("Function", "Item"). */
  nameHeader: string;
  /** What its changes are called ("Changes", "Values"). */
  changesHeader: string;
  changes: readonly ImportChange[];
  /** How many more rows would change than the preview lists. */
  more: number;
}) {
  return (
    <>
      <ScrollBox>
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr className="border-b border-slate-200">
              <th scope="col" className="py-1 pr-3">Row</th>
              <th scope="col" className="pr-3">{nameHeader}</th>
              <th scope="col" className="pr-3">Action</th>
              <th scope="col" className="column-prose">{changesHeader}</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((change) => (
              <tr key={change.row} className="border-b border-slate-100 align-top">
                <td className="py-1 pr-3 tabular-nums">{change.row}</td>
                <th scope="row" className="pr-3 font-medium">{change.name}</th>
                <td className="pr-3">{change.action === "add" ? "Add" : "Update"}</td>
                <td>{change.changes}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
      {more ? <p className="text-sm text-slate-600">…and {more} more.</p> : null}
    </>
  );
}
