/**
 * The audit row of evidence removed from a test but kept for the plan versions that list it
 * (decision 18). The test is named by its title in both snapshots, so the log names it once the
 * test itself is deleted too, and the file only after, where the log shows what the entry was
 * about: "removed at: — → …; file name: restore.log; …; kept for versions: 1" (the attachment's
 * id, which the log leaves out, is kept for whoever follows the row to the kept file).
 */
export function attachmentRemovedSnapshots({
  title,
  attachment,
  removedAt,
  keptForVersions,
}: {
  title: string;
  attachment: { id: string; fileName: string; contentType: string; sizeBytes: number; sha256: string };
  removedAt: Date;
  keptForVersions: number[];
}) {
  return {
    before: { title, removedAt: null },
    after: { title, removedAt: removedAt.toISOString(), id: attachment.id, fileName: attachment.fileName, contentType: attachment.contentType, sizeBytes: attachment.sizeBytes, sha256: attachment.sha256, keptForVersions },
  };
}

/**
 * The audit row of a file added to, downloaded from or deleted from a test: the test named by its
 * title on both sides, so the log names it once the test is deleted (as for a kept file, above),
 * and the file on the side it was on. The title, the same on both sides, is no change of its own.
 */
export function attachmentSnapshots({ title, before, after }: { title: string; before?: Record<string, unknown>; after?: Record<string, unknown> }) {
  return { before: { title, ...before }, after: { title, ...after } };
}
