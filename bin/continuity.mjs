#!/usr/bin/env node
// Launcher for `continuity`: loads the TypeScript CLI through tsx and hands it
// the arguments. tsImport (tsx's scoped loader) is used rather than a global
// register() + import(): this package is CommonJS by default, and Node 20 then
// refuses the engine's ES-module syntax. The path is resolved from this file,
// so it works from any directory and through `npx continuity`.
import { tsImport } from "tsx/esm/api";

const { runCli } = await tsImport("../lib/engine/cli.ts", import.meta.url);
process.exitCode = runCli(process.argv.slice(2));
