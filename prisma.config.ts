// Prisma 6.19 driven offline: the WASM schema engine ("js") and the libSQL adapter, so no engine
// binary is ever downloaded. DATABASE_URL must be set before Prisma reads the schema, or the CLI
// cannot see engineType = "client" and tries to fetch a query engine (see ENVIRONMENT.md).
process.env.DATABASE_URL ??= "file:./data/dev.db";

import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaLibSQL } from "@prisma/adapter-libsql";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  adapter: async () => new PrismaLibSQL({ url: process.env.DATABASE_URL!, authToken: process.env.DATABASE_AUTH_TOKEN }),
});
