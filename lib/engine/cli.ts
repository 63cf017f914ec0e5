// `continuity check <model> [--json]`: the only part of the engine that
// touches the file system. Exit codes: 0 every target met, 1 a breach
// (RPO/RTO breached or a process beyond its MTD), 2 invalid model or usage.
import { readFileSync } from "node:fs";
import { assess, countBreaches, formatAssessment, formatIssue, parseModelText } from "./index";

const USAGE = `Usage: continuity check <model.json|model.yaml> [--json]

Checks a recovery model and prints a summary per scenario (or, with --json,
the assessment). Exit codes: 0 all targets met, 1 a target breached or a
process beyond its MTD, 2 invalid model or usage.`;

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  readFile: (path: string) => string;
}

const nodeIo: CliIo = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  readFile: (p) => readFileSync(p, "utf8"),
};

export function runCli(args: string[], io: CliIo = nodeIo): number {
  if (args.includes("--help") || args.includes("-h")) {
    io.out(USAGE + "\n");
    return 0;
  }
  const json = args.includes("--json");
  const rest = args.filter((a) => a !== "--json");
  const unknown = rest.filter((a) => a.startsWith("-"));
  if (rest[0] !== "check" || rest.length !== 2 || unknown.length > 0) {
    const why = unknown.length ? `unknown option ${unknown[0]}` : rest[0] !== "check" ? (rest[0] ? `unknown command "${rest[0]}"` : "missing command") : rest.length < 2 ? "missing model file" : "too many arguments";
    io.err(`continuity: ${why}\n\n${USAGE}\n`);
    return 2;
  }
  const file = rest[1];
  let text: string;
  try {
    text = io.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    io.err(`continuity: cannot read ${file}: ${code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory" : (error as Error).message}\n`);
    return 2;
  }
  const parsed = parseModelText(text, file);
  if (!parsed.ok) {
    io.err(parsed.issues.map((i) => `${file}: ${formatIssue(i)}\n`).join(""));
    if (json) io.out(JSON.stringify({ valid: false, issues: parsed.issues }, null, 2) + "\n");
    return 2;
  }
  const assessment = assess(parsed.model);
  io.out(json ? JSON.stringify(assessment, null, 2) + "\n" : formatAssessment(assessment, parsed.model));
  const { targets, processes } = countBreaches(assessment);
  return targets + processes > 0 ? 1 : 0;
}
