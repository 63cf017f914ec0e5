/**
 * Restores an organisation export into this instance (typically a new, empty one, where no one
 * can sign in yet): `npx tsx --conditions=react-server scripts/import-org.ts <file.json>`. The file
 * is read as a stream, twice (to check it, then to write it), a row at a time: any size, in the
 * memory of its ids and one evidence file (docs/reports.md).
 */
import "./lib/load-env";
import { createReadStream } from "node:fs";
import { db } from "@/lib/db/client";
import { exportFromText, importOrgData } from "@/lib/exports/import-org-data";

async function main() {
  const file = process.argv[2];
  if (!file) throw new Error("Usage: scripts/import-org.ts <organisation-export.json>");
  const source = exportFromText(() => createReadStream(file, { encoding: "utf8", highWaterMark: 1024 * 1024 }));
  const result = await db.$transaction((tx) => importOrgData(tx, source), { timeout: 3_600_000 });
  console.log(`Imported ${result.organization.name} (${result.organization.slug}): ${result.rows} rows in ${result.tables} tables.`);
  for (const warning of result.warnings) console.log(`Warning: ${warning}`);
  await db.$disconnect();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
