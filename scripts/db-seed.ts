// npm run db:seed — without starting anything: migrate DATABASE_URL, add the default network
// (the local dev chain's URL, or CHAIN_RPC_URL) and publish the bricks in BRICKS_DIR. Idempotent.
// `npm start` does the same on every start; this is for a database used by another process.
import path from "node:path";
import { createPrismaClient } from "@/lib/db";
import { EnvError, parseEnv } from "@/lib/env";
import { migrateDatabase } from "@/lib/setup/migrate-database";
import { publishBricksFromDirs } from "@/lib/setup/publish-bricks-from-dirs";
import { seedNetworks } from "@/lib/setup/seed-networks";

async function main() {
  const env = parseEnv();
  migrateDatabase(env.DATABASE_URL, env.DATABASE_AUTH_TOKEN);
  const db = createPrismaClient(env.DATABASE_URL, env.DATABASE_AUTH_TOKEN);
  try {
    const network = await seedNetworks(db, { rpcUrl: env.CHAIN_RPC_URL ?? `ws://127.0.0.1:${env.DEV_CHAIN_PORT}` });
    console.log(`Network "${network.name}" at ${network.rpcUrl}`);
    await publishBricksFromDirs(db, env.BRICKS_DIR.split(path.delimiter).filter(Boolean), (s) => console.log(s));
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof EnvError ? error.message : error);
  process.exit(1);
});
