// The local dev chain: chopsticks running the real runtime wasm (so pallet-contracts really runs
// the contracts), building one block per transaction, served on 127.0.0.1 only.
import "./quiet";
import { BuildBlockMode, destroyWorker, setup, type Blockchain } from "@acala-network/chopsticks-core";
import { alignClockToSlot } from "./clock";
import { ensureFirstBlock } from "./first-block";
import { fundDevAccounts } from "./fund";
import { loadGenesis } from "./genesis";
import { withDelayedFinality } from "./finality";
import { withPendingNonces } from "./nonces";
import { openPersistence } from "./persist";
import { assertPortFree } from "./server";
import { resolveChainSpec } from "./spec";
import { keepSpinSlotInStep } from "./spin-clock";

export type TDevChainOptions = {
  /** 0 picks a free port. Default 9944. */
  port?: number;
  host?: string;
  /** Raw chain spec to start from; default: DEV_CHAIN_SPEC, then ../shared/chain/pop-paseo.raw.json. */
  specPath?: string;
  /** Fork a live network at its head instead of starting from a spec (needs network access). */
  forkUrl?: string;
  /** Fork only: how long the live endpoint has to answer. Default 60 s. */
  forkTimeoutMs?: number;
  /** Keep the blocks in this SQLite file and resume from it (chain spec only; see persist.ts). */
  dbPath?: string;
  /** With dbPath: delete the file and start from genesis. */
  fresh?: boolean;
  /** Progress lines (spec used, ready, funded); default: silent. */
  log?: (line: string) => void;
};

export type TDevChain = {
  wsUrl: string;
  port: number;
  /** Funded dev accounts: URI (//Alice, //bench/0 …) and SS58 address. */
  accounts: { uri: string; address: string }[];
  /** The chopsticks chain itself, for tests that need to set storage or build blocks. */
  chain: Blockchain;
  close(): Promise<void>;
};

let running = 0;

export async function startDevChain(opts: TDevChainOptions = {}): Promise<TDevChain> {
  const { port = 9944, host = "127.0.0.1", forkUrl, forkTimeoutMs = 60_000, log = () => {} } = opts;
  const t0 = Date.now();
  // Checked before anything starts, so a wrong path or a taken port gets a readable message at once.
  const specPath = forkUrl
    ? undefined
    : resolveChainSpec({ DEV_CHAIN_SPEC: opts.specPath ?? process.env.DEV_CHAIN_SPEC });
  await assertPortFree(port, host);
  // The chopsticks CLI package (server, RPC handlers, plugins) loads only when a chain starts.
  const { createServer } = await import("@acala-network/chopsticks/server");
  const { handler } = await import("@acala-network/chopsticks/rpc/index");

  running++;
  let chain: Blockchain;
  try {
    if (specPath) {
      log(`Starting from chain spec ${specPath} …`);
      // setup() builds block #1 from genesis before returning.
      const kept = opts.dbPath ? openPersistence({ dbPath: opts.dbPath, fresh: opts.fresh, specPath, log }) : undefined;
      chain = await setup({
        genesis: await loadGenesis(specPath, kept?.genesisTimeMs),
        buildBlockMode: BuildBlockMode.Instant,
        db: kept?.db,
        saveBlocks: false,
      });
      const resumed = await kept?.resume(chain);
      if (resumed) log(`Resumed at block #${resumed} from ${opts.dbPath}`);
      await alignClockToSlot(chain);
      // SPIN chains (QF, pallet-revive) need their slot set before each block; then block #1.
      if (await keepSpinSlotInStep(chain)) log("SPIN consensus detected: keeping Spin.CurrentSlot in step.");
      await ensureFirstBlock(chain);
    } else {
      log(`Forking ${forkUrl} …`);
      chain = await forkLive(forkUrl!, forkTimeoutMs);
    }
  } catch (error) {
    if (--running === 0) await destroyWorker().catch(() => {});
    throw error;
  }
  let server: Awaited<ReturnType<typeof createServer>> | undefined;
  try {
    const accounts = await fundDevAccounts(chain);
    const rpc = withPendingNonces(chain, handler({ chain }));
    server = await createServer((req, subscriptions) => rpc(req, withDelayedFinality(subscriptions)), port, host);
    if (port !== 0 && server.port !== port) throw new Error(`Port ${port} on ${host} was taken while starting.`);
    const wsUrl = `ws://${host}:${server.port}`;
    log(`Listening on ${wsUrl}; ${accounts.length} dev accounts funded (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
    let closed: Promise<void> | undefined;
    const srv = server;
    return {
      wsUrl,
      port: srv.port,
      accounts,
      chain,
      close: () => (closed ??= shutdown(chain, () => srv.close())),
    };
  } catch (error) {
    await shutdown(chain, () => server?.close() ?? Promise.resolve());
    throw error;
  }
}

async function shutdown(chain: Blockchain, closeServer: () => Promise<void>): Promise<void> {
  await closeServer().catch(() => {});
  // A block being built is announced before it is stored: let it reach the block database first.
  await chain.upcomingBlocks().catch(() => {});
  await chain.close().catch(() => {});
  // The runtime executes in one worker thread shared by every chain in this process; it keeps
  // the process alive, so stop it when the last chain closes.
  if (--running === 0) await destroyWorker().catch(() => {});
}

// chopsticks' WsProvider retries an unreachable endpoint forever; bound it and say which variable.
async function forkLive(url: string, timeoutMs: number): Promise<Blockchain> {
  let timer: NodeJS.Timeout | undefined;
  const pending = setup({ endpoint: url, buildBlockMode: BuildBlockMode.Instant });
  try {
    return await Promise.race([
      pending,
      new Promise<never>((_, reject) => {
        timer = setTimeout(
          () =>
            reject(
              new Error(
                `DEV_CHAIN_FORK_URL=${url} did not answer within ${timeoutMs / 1000} s; check the URL and the network, or use DEV_CHAIN_SPEC instead.`,
              ),
            ),
          timeoutMs,
        );
      }),
    ]);
  } catch (error) {
    void pending.then(
      (c) => c.close(),
      () => {},
    ); // if it ever connects, let it go
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
