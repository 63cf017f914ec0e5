import { spawn } from "node:child_process";
import path from "node:path";
import type { ReportInput } from "@/lib/reports/report-input";

/**
 * Renders a report in a child Node process. Two reasons: laying out a large plan keeps the CPU
 * busy for seconds, which in-process would stall every request and the queue's heartbeats; and
 * react-pdf needs React's full build, while the app's scripts and server code run under the
 * `react-server` condition (which resolves React's server build). The child runs the TypeScript
 * source through tsx, without that condition.
 */
export function renderInChild(input: ReportInput, onProgress: (percent: number) => void = () => {}): Promise<Buffer> {
  return renderPdfInChild({ entry: "lib/reports/render-child.ts", input, onProgress });
}

/**
 * Runs a renderer's own process for the reasons above: `entry` (a TypeScript file, from the app's
 * root) takes `input` as JSON on its stdin and writes the PDF on its stdout, and any "progress <n>"
 * lines on its stderr. The incident report has its own (docs/decisions/0062).
 */
export function renderPdfInChild({ entry, input, onProgress = () => {} }: { entry: string; input: unknown; onProgress?: (percent: number) => void }): Promise<Buffer> {
  const file = path.join(process.cwd(), entry);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", file], { cwd: process.cwd(), stdio: ["pipe", "pipe", "pipe"], env: { ...process.env, NODE_OPTIONS: "" } });
    const out: Buffer[] = [];
    let pending = "";
    let errors = "";
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => {
      const lines = (pending + chunk.toString("utf8")).split("\n");
      pending = lines.pop() ?? "";
      for (const line of lines) {
        const match = /^progress (\d+)$/.exec(line);
        if (match) onProgress(Number(match[1]));
        else errors += `${line}\n`;
      }
    });
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolve(Buffer.concat(out));
      else reject(new Error(`The report renderer failed (exit ${code}): ${(errors + pending).trim().slice(0, 2000)}`));
    });
    child.stdin.end(JSON.stringify(input));
  });
}
