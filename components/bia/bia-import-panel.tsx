"use client";

import { CsvImportPanel, type CsvImportAction, type CsvPreviewAction } from "@/components/csv/csv-import-panel";
import { fieldChangeRows, ImportChangesTable } from "@/components/csv/import-changes-table";
import { count } from "@/lib/count";
import type { FunctionImportPreview } from "@/lib/bia/import-functions";

/** What the file would add and update, field by field. */
function FunctionChanges({ preview }: { preview: FunctionImportPreview }) {
  return (
    <>
      <p className="text-sm" data-testid="bia-import-summary">
        {count(preview.rows, "row")}: {preview.added} to add, {preview.updated} to update, {preview.unchanged} unchanged.
      </p>
      {preview.added + preview.updated === 0 ? (
        <p className="text-sm">No changes: the BIA already matches this file.</p>
      ) : (
        <ImportChangesTable
          caption="Changes the import would make"
          nameHeader="Function"
          changesHeader="Changes"
          changes={fieldChangeRows(preview.changes)}
          more={preview.moreChanges}
        />
      )}
    </>
  );
}

/**
 * Imports business functions from a CSV file in two steps (docs/decisions/0050, CsvImportPanel):
 * Preview shows what the file would add and update, field by field, and "Import n functions"
 * applies exactly that, or every problem of the file by row and column.
 */
export function BiaImportPanel({
  planId,
  previewAction,
  applyAction,
  templateHref,
}: {
  planId: string;
  previewAction: CsvPreviewAction<FunctionImportPreview>;
  applyAction: CsvImportAction;
  templateHref: string;
}) {
  return (
    <CsvImportPanel
      label="Import business functions from CSV"
      fields={{ planId }}
      intro={
        <p className="text-sm text-slate-700">
          Download the BIA (or the <a href={templateHref} className="text-blue-700 underline" download>empty template</a>), fill it in a spreadsheet and import it back. A row with a
          Continuity ID updates that function (unless someone changed it since your download); a row without one updates the function of the same
          name, or adds one. A column left out of the file leaves that field as it is; functions not in the file are left alone.
        </p>
      }
      hint="UTF-8, up to 2 MB, comma or semicolon separated. If any row has a problem, nothing is imported."
      previewAction={previewAction}
      importAction={applyAction}
      confirmLabel={(changes) => `Import ${count(changes, "function")}`}
      renderPreview={(preview) => <FunctionChanges preview={preview} />}
    />
  );
}
