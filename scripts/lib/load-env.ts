/**
 * Imported first by every script that reads the configuration: the project's `.env`, as `npm start`
 * (Next) reads it, so `npm run db:migrate`, the worker and create-admin see the same settings.
 * Variables already set in the environment win over the file's.
 */
import { existsSync } from "node:fs";
import path from "node:path";

const file = path.resolve(__dirname, "..", "..", ".env");
if (existsSync(file)) process.loadEnvFile(file);
