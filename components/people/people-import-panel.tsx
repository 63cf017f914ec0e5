"use client";

import { CsvImportPanel, type CsvImportAction, type CsvPreviewAction } from "@/components/csv/csv-import-panel";
import { ScrollBox } from "@/components/ui/scroll-box";
import { count } from "@/lib/count";
import type { PeopleImportPreview, PreviewRow } from "@/lib/people/import-people";

const KIND_WORDS: Record<PreviewRow["kind"], string> = { add: "Add", update: "Update", unchanged: "No change", skip: "Skip" };

/** What the rows would do, in a sentence: "12 rows: 2 to add, 1 to update, 8 unchanged, 1 skipped." */
function countsText(preview: PeopleImportPreview): string {
  const skipped = preview.skipped ? `, ${preview.skipped} skipped` : "";
  return `${count(preview.rows, "row")}: ${preview.added} to add, ${preview.updated} to update, ${preview.unchanged} unchanged${skipped}.`;
}

/** What the file would do to each person: add, update (field by field), leave or skip. */
function PeopleRows({ preview }: { preview: PeopleImportPreview }) {
  return (
    <>
      <p className="text-sm">{countsText(preview)}</p>
      <ScrollBox>
        <table className="w-full text-left text-sm">
          <caption className="sr-only">What the import would do, row by row</caption>
          <thead>
            <tr className="border-b border-slate-200">
              <th scope="col" className="py-1 pr-2">
                Row
              </th>
              <th scope="col" className="pr-2">
                Person
              </th>
              <th scope="col">What happens</th>
            </tr>
          </thead>
          <tbody>
            {preview.entries.map((entry) => (
              <tr key={entry.row} className="border-b border-slate-100 align-top">
                <td className="py-1 pr-2 tabular-nums">{entry.row}</td>
                <th scope="row" className="pr-2 font-medium">
                  {entry.name}
                </th>
                <td>
                  <span className="font-medium">{KIND_WORDS[entry.kind]}</span>
                  {entry.details.length > 0 ? (
                    <ul className="text-slate-700">
                      {entry.details.map((detail) => (
                        <li key={detail}>{detail}</li>
                      ))}
                    </ul>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
      {preview.moreEntries ? <p className="text-sm text-slate-600">…and {count(preview.moreEntries, "more row")}.</p> : null}
      {preview.added + preview.updated === 0 ? <p className="text-sm">Nothing to import: the register already holds what this file says.</p> : null}
    </>
  );
}

/**
 * Imports a CSV file into the People register in two steps (docs/decisions/0048, CsvImportPanel):
 * the file is previewed (what it would add, update, leave and skip, or every problem by row and
 * column), and only "Import n people" writes, with the preview's fingerprint, so nothing is
 * written that the user has not seen.
 */
export function PeopleImportPanel({ previewAction, importAction }: { previewAction: CsvPreviewAction<PeopleImportPreview>; importAction: CsvImportAction }) {
  return (
    <CsvImportPanel
      label="Import from CSV"
      intro={
        <>
          <p className="text-sm text-slate-700">
            To add or update many people at once, download the register (or the template), fill it in a spreadsheet and import it here. A row with
            a Continuity ID updates that person, unless someone changed them since the download; a row without one updates the person with its
            e-mail, or adds a person. You see what the file would do before anything is saved, and an import never deletes anyone.
          </p>
          <p className="text-sm">
            <a href="/people/template" download className="text-blue-700 underline">
              Download the template
            </a>{" "}
            <span className="text-slate-600">(the columns, with no rows)</span>
          </p>
        </>
      }
      hint="UTF-8, up to 2 MB, comma or semicolon separated; the first row names the columns as the template does (only Name is required)."
      previewAction={previewAction}
      importAction={importAction}
      confirmLabel={(changes) => `Import ${count(changes, "person", "people")}`}
      renderPreview={(preview) => <PeopleRows preview={preview} />}
      checkingLabel="Checking the file…"
    />
  );
}
