// The process's follower of contract events: every few seconds, each network that has instances is
// indexed up to its finalized head (index-network-events.ts). Stateless besides the database, so a
// restart just resumes; an unreachable network is skipped until the next pass.
import "server-only";
import { getChainApi } from "@/lib/chain/api-pool";
import type PgBoss from "pg-boss";
import { db } from "@/lib/db";
import { appJobs } from "@/lib/functions/bricks/app-jobs";
import { dispatchEventRuns } from "@/lib/functions/events/dispatch-event-runs";
import { indexNetworkEvents } from "./index-network-events";

export class EventFollower {
  readonly #intervalMs: number;
  #timer?: NodeJS.Timeout;
  #running = false;
  #pass?: Promise<void>;
  readonly #jobs: () => Promise<PgBoss>;

  /** `jobs`: the queue event-triggered function runs go to (default: the app's, lib/functions/bricks/app-jobs). */
  constructor(opts: { intervalMs?: number; jobs?: () => Promise<PgBoss> } = {}) {
    this.#intervalMs = opts.intervalMs ?? 3_000;
    this.#jobs = opts.jobs ?? appJobs;
  }

  start(): this {
    if (this.#running) return this;
    this.#running = true;
    const loop = async () => {
      await (this.#pass = this.passAll());
      if (this.#running) this.#timer = setTimeout(loop, this.#intervalMs).unref();
    };
    void loop();
    return this;
  }

  async stop(): Promise<void> {
    this.#running = false;
    clearTimeout(this.#timer);
    await this.#pass;
  }

  /** One pass over every network with instances (tests await it). */
  async passAll(): Promise<void> {
    const networks = await db.network.findMany({
      where: { deployments: { some: { address: { not: null } } } },
      select: { id: true, platform: true, rpcUrl: true, name: true },
    });
    for (const n of networks) {
      try {
        const api = await getChainApi(n.rpcUrl, { networkName: n.name });
        // Catching up after a long stop: batches of 200 blocks, a bounded number per pass.
        for (let i = 0; i < 20; i++) {
          const pass = await indexNetworkEvents(api, n, { maxBlocks: 200 });
          if (!pass || pass.to - pass.from < 199) break;
        }
      } catch {
        // Unreachable now: the next pass tries again, from the same cursor.
      }
    }
    try {
      await dispatchEventRuns(await this.#jobs());
    } catch {
      // No function runner now: the outbox keeps the events; the workers' sweep or the next pass queues them.
    }
  }
}

const g = globalThis as unknown as { brickyardEventFollower?: EventFollower };

export function startEventFollower(): EventFollower | null {
  if (process.env.NEXT_PHASE === "phase-production-build") return null;
  return (g.brickyardEventFollower ??= new EventFollower()).start();
}
