/**
 * Restores an organisation export into this instance (typically a new, empty one, where no one
 * can sign in yet): `npx tsx --conditions=react-server scripts/import-org.ts <file.json>`. The file
 * is parsed whole: up to V8's longest string (about 512 MB of JSON), with memory a few times its
 * size (docs/reports.md).
 */
import "./lib/load-env";
import { readFileSync } from "node:fs";
import { db } from "@/lib/db/client";
import { importOrgData, parseOrgExport } from "@/lib/exports/import-org-data";

async function main() {
  const file = process.argv[2];
  if (!file) throw new Error("Usage: scripts/import-org.ts <organisation-export.json>");
  const data = parseOrgExport(readFileSync(file, "utf8"));
  const result = await db.$transaction((tx) => importOrgData(tx, data), { timeout: 600_000 });
  console.log(`Imported ${data.organization.name} (${data.organization.slug}): ${result.rows} rows in ${result.tables} tables.`);
  for (const warning of result.warnings) console.log(`Warning: ${warning}`);
  await db.$disconnect();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
