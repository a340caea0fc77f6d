// The server-side tracker of deploy and link transactions. The fast path watches each submitted
// transaction (in block → final); a loop reconciles everything still pending from the chain alone
// (reconcile-tx.ts), which is also all a fresh tracker needs after a restart: nothing lost, nothing
// sent twice, nothing left pending once the chain has decided. Start it once per server process.
import "server-only";
import type { ApiPromise } from "@polkadot/api";
import type { ExtrinsicStatus } from "@polkadot/types/interfaces";
import { getChainApi } from "@/lib/chain/api-pool";
import { onWatchStatus } from "./on-watch-status";
import { noteUnreachableOnce, onPoolRefusal } from "./pool-and-network";
import { reconcileTx, type TReconcileMemo } from "./reconcile-tx";
import { listPendingTxs, loadTrackedTx, type TTrackedTx } from "./tracked-tx";

type TNetwork = { rpcUrl: string; name: string };
export type TTrackerOptions = {
  getApi?: (n: TNetwork) => Promise<ApiPromise>;
  intervalMs?: number;
  graceMs?: number;
  log?: (line: string) => void;
};

export class DeploymentTracker {
  readonly #getApi: (n: TNetwork) => Promise<ApiPromise>;
  readonly #intervalMs: number;
  readonly #graceMs: number;
  readonly #log: (line: string) => void;
  readonly #watched = new Map<string, { since: number; unsub?: () => void }>();
  readonly #memo: TReconcileMemo = new Map();
  readonly #waitingFor = new Set<string>();
  readonly #stale = new Set<string>();
  #timer?: NodeJS.Timeout;
  #pass?: Promise<void>;
  #running = false;

  constructor(opts: TTrackerOptions = {}) {
    this.#getApi = opts.getApi ?? ((n) => getChainApi(n.rpcUrl, { networkName: n.name }));
    this.#intervalMs = opts.intervalMs ?? 2_000;
    this.#graceMs = opts.graceMs ?? 15_000;
    this.#log = opts.log ?? ((line) => console.warn(`[deployments] ${line}`));
  }

  /** Starts the reconcile loop (idempotent). The first pass runs at once. */
  start(): this {
    if (this.#running) return this;
    this.#running = true;
    const loop = async () => {
      await this.reconcileAll();
      if (this.#running) this.#timer = setTimeout(loop, this.#intervalMs).unref();
    };
    void loop();
    return this;
  }

  /** Stops watching and reconciling; what is pending stays in the database for the next tracker. */
  async stop(): Promise<void> {
    this.#running = false;
    clearTimeout(this.#timer);
    for (const w of this.#watched.values()) w.unsub?.();
    this.#watched.clear();
    await this.#pass;
  }

  /** Sends a signed transaction (already stored as "signed") and follows it. */
  async submit(txId: string): Promise<void> {
    const tx = await loadTrackedTx(txId);
    if (tx?.status === "signed") await this.#watch(tx);
  }

  /** One pass over everything pending; resolves when done (tests await it). */
  reconcileAll(): Promise<void> {
    this.#pass ??= this.#reconcilePass().finally(() => (this.#pass = undefined));
    return this.#pass;
  }

  async #reconcilePass(): Promise<void> {
    const due = (await listPendingTxs().catch(() => [])).filter((tx) => {
      const w = this.#watched.get(tx.id);
      return !w || Date.now() - w.since >= this.#graceMs;
    });
    // One connection attempt per network and pass; a network that is down does not hold up the others.
    const byNetwork = new Map<string, TTrackedTx[]>();
    for (const tx of due)
      byNetwork.set(tx.deployment.network.rpcUrl, [...(byNetwork.get(tx.deployment.network.rpcUrl) ?? []), tx]);
    await Promise.all([...byNetwork.values()].map((txs) => this.#reconcileNetwork(txs)));
  }

  async #reconcileNetwork(txs: TTrackedTx[]): Promise<void> {
    const network = txs[0].deployment.network;
    let api: ApiPromise;
    try {
      api = await this.#getApi(network);
    } catch (error) {
      return void (await Promise.all(txs.map((tx) => noteUnreachableOnce(tx, error, this.#waitingFor))));
    }
    for (const tx of txs) {
      try {
        await reconcileTx(api, tx, this.#memo, (t) => this.#watch(t));
        this.#waitingFor.delete(tx.id);
      } catch (error) {
        await noteUnreachableOnce(tx, error, this.#waitingFor);
      }
    }
  }

  async #watch(tx: TTrackedTx): Promise<void> {
    const api = await this.#getApi(tx.deployment.network).catch(() => null);
    if (!api) return; // the reconcile loop retries once the network answers
    this.#forgetOnDisconnect(api);
    const entry: { since: number; unsub?: () => void } = { since: Date.now() };
    this.#watched.set(tx.id, entry);
    let queue = Promise.resolve();
    const onStatus = (status: ExtrinsicStatus) => {
      queue = queue
        .then(async () => {
          // On "stop" without finality, the reconcile loop decides what happened, from the chain.
          if ((await onWatchStatus(api, tx.id, status)) === "stop") this.#unwatch(tx.id);
        })
        .catch((e) => this.#log(`tx ${tx.id}: ${(e as Error).message}`));
    };
    try {
      entry.unsub = await api.rpc.author.submitAndWatchExtrinsic(
        api.createType("Extrinsic", tx.signedExtrinsic!),
        onStatus,
      );
    } catch (error) {
      this.#watched.delete(tx.id);
      await onPoolRefusal(tx, (error as Error).message ?? String(error), this.#stale);
    }
  }

  #unwatch(txId: string) {
    this.#watched.get(txId)?.unsub?.();
    this.#watched.delete(txId);
  }

  readonly #listening = new WeakSet<ApiPromise>();
  #forgetOnDisconnect(api: ApiPromise) {
    if (this.#listening.has(api)) return;
    this.#listening.add(api);
    // A dropped socket ends every watch on it silently: hand them all to the reconciler (and do
    // not let polkadot.js send the transactions again when it resubscribes after reconnecting).
    api.on("disconnected", () => {
      for (const w of this.#watched.values()) {
        try {
          w.unsub?.();
        } catch {
          // already gone with the socket
        }
      }
      this.#watched.clear();
    });
  }
}
