/**
 * Runs once when a server instance starts: the Node.js part lives in its own module
 * (lib/boot/register-node.ts), imported only under Node so that the Edge build never compiles it.
 */
export async function register() {
  // Next never calls this during `next build`; the check keeps it so should that change.
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NEXT_PHASE !== "phase-production-build") {
    const { registerNode } = await import("@/lib/boot/register-node");
    await registerNode();
  }
}
