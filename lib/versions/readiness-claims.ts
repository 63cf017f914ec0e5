/**
 * What a summary may say about recovery objectives when nothing breached them (pure). "Every
 * RPO… was met" is only true of something: with no systems or no scenarios the engine had
 * nothing to assess, and a reader must not mistake that for good news.
 */
export function nothingToAssess({ systems, scenarios }: { systems: readonly unknown[]; scenarios: readonly unknown[] }): string | null {
  if (systems.length === 0 && scenarios.length === 0) return "Nothing to assess: no systems or scenarios yet.";
  if (systems.length === 0) return "Nothing to assess: no systems yet.";
  if (scenarios.length === 0) return "Nothing to assess: no disaster scenarios yet.";
  return null;
}
