import path from "node:path";
import { randomUUID } from "node:crypto";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma/config";
import { discreteConfig, installCatalogTypeShim, runScriptsWhole } from "./prisma/pg-shim";

// The CLI runs with the WebAssembly schema engine through the pg adapter: Prisma's native
// engine would be downloaded at first use, which these machines cannot do.
// docs/decisions/0002-prisma-6-wasm-engine.md explains the shim.
// `prisma generate` needs the schema's env("DATABASE_URL") to resolve even though it connects
// to nothing; the scripts in scripts/ always pass the real URL.
process.env.DATABASE_URL ??= "postgresql://postgres@127.0.0.1:5432/continuity";

export default defineConfig({
  schema: path.join("prisma", "schema"),
  migrations: { path: path.join("prisma", "migrations") },
  experimental: { adapter: true },
  engine: "js",
  async adapter() {
    installCatalogTypeShim();
    const config = discreteConfig(process.env.DATABASE_URL!);
    const factory = new PrismaPg(config);
    const connect = factory.connect.bind(factory);
    factory.connect = async () => runScriptsWhole(await connect());
    factory.connectToShadowDb = async () => {
      const name = `continuity_shadow_${randomUUID().replace(/-/g, "")}`;
      const admin = new pg.Client({ ...config, database: "postgres" });
      await admin.connect();
      await admin.query(`CREATE DATABASE "${name}"`);
      await admin.end();
      const shadow = runScriptsWhole(await new PrismaPg({ ...config, database: name }).connect());
      const dispose = shadow.dispose.bind(shadow);
      shadow.dispose = async () => {
        await dispose();
        const dropper = new pg.Client({ ...config, database: "postgres" });
        await dropper.connect();
        await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await dropper.end();
      };
      return shadow;
    };
    return factory;
  },
});
