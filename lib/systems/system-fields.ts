/** What the audit log records of a system's register entry. */
export function systemSnapshot(s: { name: string; kind: string; owner: string; description: string }) {
  return { name: s.name, kind: s.kind, owner: s.owner, description: s.description };
}
