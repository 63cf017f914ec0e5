// Runs the installed command as a user would: `node bin/continuity.mjs check <file>`.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../../..");
const bin = path.join(root, "bin/continuity.mjs");

function continuity(...args: string[]) {
  // From another directory: the launcher must not depend on the working directory.
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: tmpdir(), encoding: "utf8", timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const example = (name: string) => path.join(root, "examples", name);

function tempFile(name: string, text: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "continuity-")), name);
  writeFileSync(file, text);
  return file;
}

describe("continuity check", () => {
  it("exits 0 and prints a table per scenario when every target is met", () => {
    const r = continuity("check", example("all-met.json"));
    expect(r.code).toBe(0);
    expect(r.out).toContain("Scenario office-lost (site; sites lost: office; at 2025-06-10T14:40:00Z)");
    expect(r.out).toMatch(/db\s+1 h 45 min\s+1 h 40 min\s+4 h\s+met\s+bucket\s+1 h 50 min\s+4 h\s+met\s+cloud-vm\s+test/);
    expect(r.out).toContain("Result: every target is met.");
    expect(r.err).toBe("");
  }, 60_000);

  it("exits 1 on a breach, and --json prints the assessment with the same exit code", () => {
    const text = continuity("check", example("recovery-model.json"));
    expect(text.code).toBe(1);
    expect(text.out).toContain("RPO_BREACHED");
    const json = continuity("check", "--json", example("recovery-model.json"));
    expect(json.code).toBe(1);
    const assessment = JSON.parse(json.out);
    expect(assessment.version).toBe(1);
    expect(assessment.scenarios.map((s: { id: string }) => s.id)).toEqual(["hv1-lost", "ransomware", "site-loss", "vm-lost"]);
  }, 60_000);

  it("exits 2 on an invalid model with one line per problem, naming its field path", () => {
    const file = tempFile(
      "bad.json",
      JSON.stringify({
        version: 1,
        assessedAt: "2025-06-11T09:00:00",
        sites: [{ id: "office" }],
        locations: [{ id: "nas", site: "office", throughputMBps: 0 }],
        hosts: [{ id: "hv1", site: "hq", ramMiB: 1024 }],
      }),
    );
    const r = continuity("check", file);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err.trimEnd().split("\n")).toEqual([
      `${file}: assessedAt: must be an ISO-8601 instant with an offset or Z, e.g. 2025-06-11T09:00:00Z`,
      `${file}: locations[0].throughputMBps: must be > 0`,
      `${file}: hosts[0].site: unknown site "hq"`,
    ]);
  }, 60_000);

  it("reads YAML too", () => {
    const file = tempFile("m.yaml", "version: 1\nassessedAt: 2025-06-11T09:00:00Z\nsites: [{ id: office }]\n");
    const r = continuity("check", file);
    expect(r.code).toBe(0);
    expect(r.out).toContain("Recovery assessment at 2025-06-11T09:00:00Z");
  }, 60_000);

  it("exits 2 with a clear message on usage errors", () => {
    const missing = continuity("check", "/nonexistent/model.json");
    expect(missing.code).toBe(2);
    expect(missing.err).toBe("continuity: cannot read /nonexistent/model.json: no such file\n");
    const none = continuity("check");
    expect(none.code).toBe(2);
    expect(none.err).toMatch(/^continuity: missing model file\n\nUsage: continuity check/);
    const unknown = continuity("verify", "x.json");
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/^continuity: unknown command "verify"/);
    expect(continuity("check", "x.json", "--fast").err).toMatch(/^continuity: unknown option --fast/);
    const syntax = continuity("check", tempFile("broken.json", "{ nope"));
    expect(syntax.code).toBe(2);
    expect(syntax.err).toMatch(/: \(model\): not valid JSON: /);
  }, 60_000);
});
