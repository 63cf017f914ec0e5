/**
 * Renders the report of a large plan (2,000 systems, 300 functions, every register filled) to
 * PDF, as the report job does (in the renderer's own process), and times it after a warm-up.
 * Target: under 30 s.
 * Run: npx tsx --conditions=react-server bench/report.ts
 */
import { renderInChild } from "@/lib/reports/render-in-child";
import { sampleReportInput } from "@/lib/reports/sample-input";

const TARGET_SECONDS = 30;

export async function benchReport(): Promise<Array<{ name: string; value: number; unit: string; target?: string; ok?: boolean }>> {
  // The job's path: the renderer's own process (lib/reports/render-in-child.ts), after a warm-up.
  await renderInChild(sampleReportInput());
  const input = sampleReportInput({ systems: 2000, functions: 300, itemsPerRegister: 50 });
  const started = performance.now();
  const bytes = await renderInChild(input);
  const seconds = (performance.now() - started) / 1000;
  return [
    { name: "report PDF, 2,000 systems / 300 functions / 18 × 50 register rows", value: Number(seconds.toFixed(2)), unit: "s", target: `< ${TARGET_SECONDS} s`, ok: seconds < TARGET_SECONDS },
    { name: "report PDF size", value: Math.round(bytes.length / 1024), unit: "KiB" },
  ];
}

if (process.argv[1]?.endsWith("bench/report.ts")) {
  benchReport().then(
    (results) => console.table(results),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
