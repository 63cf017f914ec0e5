"use client";

import { CsvImportPanel, type CsvImportAction, type CsvPreviewAction } from "@/components/csv/csv-import-panel";
import { ImportChangesTable } from "@/components/csv/import-changes-table";
import { ID_COLUMN } from "@/lib/inventories/csv-rows";
import type { ItemImportPreview, PreviewChange } from "@/lib/inventories/import-preview";

/** A row's fields in words: "Limit of indemnity £750,000; Expiry date 30 Apr 2028", or "Excess — → £1,000" for an update. */
function changeWords(change: PreviewChange): string {
  return change.fields.map((f) => (f.from === null ? `${f.label} ${f.to}` : `${f.label} ${f.from} → ${f.to}`)).join("; ");
}

/** What the file would add, update, leave unchanged and skip, and the columns it leaves out. */
function ItemChanges({ preview }: { preview: ItemImportPreview }) {
  return (
    <>
      <p className="text-sm" data-testid="import-summary">
        {preview.summary}
      </p>
      {preview.notes.length ? (
        <ul className="list-disc pl-5 text-sm text-slate-700" aria-label="Left out of the file">
          {preview.notes.map((note) => <li key={note}>{note}</li>)}
        </ul>
      ) : null}
      {preview.skips.length ? (
        <ul className="list-disc pl-5 text-sm text-amber-900" aria-label="Skipped rows">
          {preview.skips.map((skip) => <li key={skip}>{skip}</li>)}
        </ul>
      ) : null}
      {preview.added + preview.updated === 0 ? (
        <p role="status" className="text-sm">
          No changes: the register already holds everything in this file, so there is nothing to import.
        </p>
      ) : (
        <ImportChangesTable
          caption="Rows the import would add or update"
          nameHeader="Item"
          changesHeader="Values"
          changes={preview.changes.map((change) => ({ row: change.row, name: change.label || "(no label)", action: change.action, changes: changeWords(change) }))}
          more={preview.moreChanges}
        />
      )}
    </>
  );
}

/**
 * Imports a CSV file into a register in two steps (docs/decisions/0047, CsvImportPanel): "Preview
 * import" checks the file and shows what it would add, update, leave unchanged and skip (or every
 * row and column it refuses); "Confirm import" imports exactly that, or nothing if the register
 * changed in between.
 */
export function ImportForm({
  preview: previewAction,
  apply: applyAction,
  planId,
  kind,
}: {
  preview: CsvPreviewAction<ItemImportPreview>;
  apply: CsvImportAction;
  planId: string;
  kind: string;
}) {
  return (
    <CsvImportPanel
      label="Import from CSV"
      fields={{ planId, kind }}
      intro={
        <p className="text-sm text-slate-700">
          To change many items at once, export the register, edit it in a spreadsheet and import it back. A row with a {ID_COLUMN} updates that
          item (unless someone changed it since your export); a row without one is added, unless the register already holds an identical item.
          Items not in the file are left as they are: an import never deletes. You see what the file would change before anything is imported.
        </p>
      }
      hint="UTF-8, up to 2 MB, first row naming the columns as in an export. If any row has a problem, nothing is imported."
      previewAction={previewAction}
      importAction={applyAction}
      confirmLabel={() => "Confirm import"}
      renderPreview={(preview) => <ItemChanges preview={preview} />}
    />
  );
}
