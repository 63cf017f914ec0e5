"use client";

import { CsvImportPanel, type CsvImportAction, type CsvPreviewAction } from "@/components/csv/csv-import-panel";
import { fieldChangeRows, ImportChangesTable } from "@/components/csv/import-changes-table";
import { count } from "@/lib/count";
import type { ThreatImportPreview } from "@/lib/risks/import-threats";

/** What the file would add and update, field by field, how many rows already match, and what it does not import. */
function ThreatChanges({ preview }: { preview: ThreatImportPreview }) {
  return (
    <>
      <p className="text-sm" data-testid="threat-import-summary">
        {count(preview.rows, "row")}: {preview.added} to add, {preview.updated} to update, {preview.unchanged} unchanged
        {preview.unchanged ? " (the same as the register: skipped)" : ""}.
      </p>
      {preview.added + preview.updated === 0 ? (
        <p className="text-sm">No changes: the threat register already matches this file.</p>
      ) : (
        <ImportChangesTable
          caption="Changes the import would make"
          nameHeader="Threat"
          changesHeader="Changes"
          changes={fieldChangeRows(preview.changes)}
          more={preview.moreChanges}
        />
      )}
      {preview.notes.length > 0 ? (
        <ul aria-label="Not imported" className="list-disc space-y-1 pl-5 text-sm text-amber-900">
          {preview.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

/**
 * Imports threats from a CSV file in two steps (docs/decisions/0057, CsvImportPanel): Preview
 * shows what the file would add and update, field by field, how many rows already match, and what
 * it does not import; "Import n threats" applies exactly that, or every problem of the file is
 * listed by row and column.
 */
export function ThreatImportPanel({
  planId,
  previewAction,
  applyAction,
  templateHref,
}: {
  planId: string;
  previewAction: CsvPreviewAction<ThreatImportPreview>;
  applyAction: CsvImportAction;
  templateHref: string;
}) {
  return (
    <CsvImportPanel
      label="Import threats from CSV"
      fields={{ planId }}
      intro={
        <p className="text-sm text-slate-700">
          Download the threats (or the <a href={templateHref} className="text-blue-700 underline" download>empty template</a>), edit them in a spreadsheet and import
          them back. A row with a Continuity ID updates that threat (unless someone changed it since your download); a row without one updates the threat
          of the same name, or adds one. Ratings are 1 to 5 or their words (“3 – Possible”); owners are people of the register, by name or e-mail. A
          column left out of the file leaves that field as it is; threats not in the file are left alone, and scenarios are linked on their own pages.
        </p>
      }
      hint="UTF-8, up to 2 MB, comma or semicolon separated. If any row has a problem, nothing is imported."
      previewAction={previewAction}
      importAction={applyAction}
      confirmLabel={(changes) => `Import ${count(changes, "threat")}`}
      renderPreview={(preview) => <ThreatChanges preview={preview} />}
    />
  );
}
