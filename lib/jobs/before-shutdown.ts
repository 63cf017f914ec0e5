import { oneLineError } from "@/lib/one-line-error";

const SIGNALS = ["SIGTERM", "SIGINT"] as const;

/**
 * Runs `hook` when the process is asked to stop (SIGTERM from systemd or Docker, SIGINT from
 * Ctrl+C), before the signal's other handlers. `next start` has its own, which closes the server
 * and exits at once; run beside it, a hook that waits (a report finishing) would be cut off. So
 * the handlers registered so far are taken off and called after the hook; when there were none,
 * the signal is raised again to end the process as it would have. A second signal while the hook
 * runs meets no handler and ends the process at once.
 */
export function beforeShutdown(hook: () => Promise<void>): void {
  for (const signal of SIGNALS) {
    const others = process.listeners(signal);
    process.removeAllListeners(signal);
    process.once(signal, () => {
      void hook()
        .catch((error: unknown) => console.error(`Shutdown: ${oneLineError(error)}`))
        .then(() => {
          if (others.length === 0) process.kill(process.pid, signal);
          for (const listener of others) listener(signal);
        });
    });
  }
}
