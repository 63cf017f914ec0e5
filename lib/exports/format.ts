/** The organisation export file (JSON). Bump FORMAT_VERSION when its shape changes. */
export const EXPORT_KIND = "continuity-organisation-export";
export const FORMAT_VERSION = 1;

export type OrgExport = {
  kind: typeof EXPORT_KIND;
  formatVersion: number;
  exportedAt: string;
  /**
   * The last database migration of the exporting instance: the importing one must be at it, or
   * past it only by migrations that add columns (lib/exports/compatible-migrations.ts).
   */
  migration: string;
  organization: { id: string; slug: string; name: string };
  /** Rows per table, in insertion order; bytea columns (attachments, reports) are base64. */
  tables: { name: string; binary: string[]; rows: Record<string, unknown>[] }[];
};

/**
 * The largest export the web page imports (it is parsed in memory); larger ones go through
 * `scripts/import-org.ts`. Evidence files make exports large (up to 10 MB each).
 */
export const MAX_WEB_IMPORT_BYTES = 100 * 1024 * 1024;
