import "react";

// Invoker Commands (HTML: `command` and `commandfor` on a button), Baseline since December 2025,
// which neither React's nor TypeScript's DOM types describe yet. React passes them through as
// written. They let a button open or close a <dialog> before the page has hydrated.
declare module "react" {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the declaration merges with React's, which has T
  interface ButtonHTMLAttributes<T> {
    command?: "show-modal" | "close" | "request-close";
    commandfor?: string;
  }
}
