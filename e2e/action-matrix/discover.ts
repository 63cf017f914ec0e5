import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

export type DiscoveredAction = {
  /** "app/(app)/plans/actions.ts#createPlanAction": the key of its rule. */
  key: string;
  /** The id the client sends in the Next-Action header. */
  id: string;
  /** The pages whose bundles carry the action, as route patterns ("/plans/[planId]"). */
  pages: string[];
};

type Manifest = {
  node: Record<string, { filename: string; exportedName: string; workers: Record<string, unknown> }>;
};

/** Every server action of the build, from Next's server-reference manifest. */
export function actionsOfBuild(root = process.cwd()): DiscoveredAction[] {
  const manifest = JSON.parse(readFileSync(path.join(root, ".next/server/server-reference-manifest.json"), "utf8")) as Manifest;
  return Object.entries(manifest.node)
    .map(([id, entry]) => ({
      key: `${entry.filename}#${entry.exportedName}`,
      id,
      pages: Object.keys(entry.workers).map((worker) => pagePattern(worker)),
    }))
    .sort((a, b) => a.key.localeCompare(b.key));
}

/** "app/(app)/plans/[planId]/page" → "/plans/[planId]". */
function pagePattern(worker: string): string {
  const segments = worker.replace(/^app\//, "").replace(/\/page$/, "").split("/");
  return `/${segments.filter((s) => !/^\(.*\)$/.test(s)).join("/")}`;
}

/**
 * Every function exported by a "use server" module under app/, read from the source: a check on
 * the manifest (an action no page imports yet is still callable once one does).
 */
export function actionsInSource(root = process.cwd()): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.tsx?$/.test(entry)) {
        const text = readFileSync(full, "utf8");
        if (!/^\s*["']use server["'];?/.test(text)) continue;
        const file = path.relative(root, full);
        for (const match of text.matchAll(/^export\s+(?:async\s+)?function\s+(\w+)/gm)) found.push(`${file}#${match[1]}`);
        for (const match of text.matchAll(/^export\s+const\s+(\w+)/gm)) found.push(`${file}#${match[1]}`);
      }
    }
  };
  walk(path.join(root, "app"));
  return found.sort();
}
