import { availableParallelism } from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = { "@": import.meta.dirname };

export default defineConfig({
  resolve: { alias },
  test: {
    // Vitest's default is one worker fewer than the cores: a single worker on a 2-core machine. The
    // integration files spend much of their time waiting on Postgres, so three at once finish the
    // suite in about 60% of the time there (measured: 235 s → 145 s; a fourth adds nothing).
    maxWorkers: Math.max(3, availableParallelism() - 1),
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["lib/engine/test/**/*.test.ts", "tests/unit/**/*.test.ts"],
          environment: "node",
          // A guard against hangs, not a speed target (those are in `npm run bench`): the property
          // tests run hundreds of cases, and with three workers on two cores one took 8 s once,
          // past Vitest's default of 5.
          testTimeout: 30_000,
        },
      },
      {
        resolve: { alias: { ...alias, "server-only": path.join(import.meta.dirname, "tests/server-only-stub.ts") } },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/integration/global-setup.ts"],
          setupFiles: ["tests/integration/setup-env.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // One database per run; files run in parallel against it with their own organisations.
          fileParallelism: true,
        },
      },
    ],
  },
});
