// One dev chain and one fresh, migrated database file for the whole integration run.
// Tests get both through inject("chainWs") / inject("databaseUrl"), and through process.env
// (TEST_CHAIN_WS, DATABASE_URL) for modules that read the environment, such as lib/db.ts.
import { execFile } from "node:child_process";
import { mkdir, rm } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import type { TestProject } from "vitest/node";
import { resolveReviveChainSpec, startDevChain, type TDevChain } from "@/lib/chain/dev-chain";
import { connectApi, disconnectApi } from "@/lib/chain/connect";
import { knownMetadata } from "@/lib/chain/metadata-cache";

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, "../..");
const TMP = path.join(ROOT, ".tmp");

/** Tests create, migrate and delete this database: it must never be anything but a file in .tmp/. */
function assertTestDatabase(url: string): string {
  const file = url.startsWith("file:") ? path.resolve(ROOT, url.slice("file:".length)) : undefined;
  if (!file || path.dirname(file) !== TMP) {
    throw new Error(
      `Refusing to run integration tests against DATABASE_URL=${url}: tests only use a file: database under ${TMP}/.`,
    );
  }
  return file;
}

async function migrate(url: string): Promise<void> {
  try {
    await run("npx", ["prisma", "migrate", "deploy"], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: url, CHECKPOINT_DISABLE: "1" },
    });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`prisma migrate deploy failed for ${url}:\n${e.stderr || e.stdout || e.message}`);
  }
}

export default async function setup(project: TestProject) {
  await mkdir(TMP, { recursive: true }); // the libSQL adapter cannot create a missing folder
  const dbFile = path.join(TMP, `test-${process.pid}.db`);
  const databaseUrl = `file:${dbFile}`;
  assertTestDatabase(databaseUrl);
  await removeDatabase(dbFile);

  const t0 = Date.now();
  // Both take seconds and do not depend on each other; if either fails, undo the other.
  // The pallet-revive chain (second dev chain) starts beside them; see startReviveChain below.
  const [started, migrated, revived] = await Promise.allSettled([
    startDevChain({ port: 0 }),
    migrate(databaseUrl),
    startReviveChain(),
  ]);
  if (started.status === "rejected" || migrated.status === "rejected" || revived.status === "rejected") {
    if (started.status === "fulfilled") await started.value.close();
    if (revived.status === "fulfilled") await revived.value?.close();
    await removeDatabase(dbFile);
    throw [started, migrated, revived].find((r): r is PromiseRejectedResult => r.status === "rejected")!.reason;
  }
  const revive = revived.value;
  const chain: TDevChain = started.value;
  console.log(`[global-setup] dev chain ${chain.wsUrl}, database ${databaseUrl} (${Date.now() - t0} ms)`);

  project.provide("chainWs", chain.wsUrl);
  project.provide("databaseUrl", databaseUrl);
  process.env.TEST_CHAIN_WS = chain.wsUrl;
  process.env.DATABASE_URL = databaseUrl;
  if (revive) {
    console.log(`[global-setup] revive dev chain ${revive.wsUrl}`);
    project.provide("reviveChainWs", revive.wsUrl);
    process.env.TEST_REVIVE_CHAIN_WS = revive.wsUrl;
  }
  // Read each chain's metadata once here; every test file then connects without fetching it (about a
  // second of the chain's time and the file's, per connection).
  const t1 = Date.now();
  // Only a speed-up: if a chain does not answer here, its files fetch the metadata themselves.
  await Promise.all(
    [chain.wsUrl, revive?.wsUrl].map(async (url) => {
      if (url) await disconnectApi(await connectApi(url, { timeoutMs: 60_000 }).catch(() => undefined));
    }),
  );
  project.provide("chainMetadata", knownMetadata());
  console.log(`[global-setup] chain metadata read in ${Date.now() - t1} ms`);

  return async () => {
    await chain.close();
    await revive?.close();
    await removeDatabase(assertTestDatabase(databaseUrl));
  };
}

/**
 * The pallet-revive dev chain (DEV_REVIVE_CHAIN_SPEC, default ../shared/chain/qf-testnet.raw.json).
 * Without a spec the other tests still run; revive tests then fail saying what to set.
 */
async function startReviveChain(): Promise<TDevChain | null> {
  let specPath: string;
  try {
    specPath = resolveReviveChainSpec({ DEV_REVIVE_CHAIN_SPEC: process.env.DEV_REVIVE_CHAIN_SPEC });
  } catch (error) {
    console.warn(`[global-setup] no revive dev chain: ${(error as Error).message}`);
    return null;
  }
  return startDevChain({ port: 0, specPath });
}

async function removeDatabase(file: string): Promise<void> {
  await Promise.all(["", "-journal", "-wal", "-shm"].map((s) => rm(file + s, { force: true })));
}
