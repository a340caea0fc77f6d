// One pg-boss on the jobs database: JOBS_DATABASE_URL (a real PostgreSQL) or the PGlite host.
import PgBoss from "pg-boss";
import { ensureQueues, type TQueueOptions } from "./queues";

export type TBossOptions = {
  url: string;
  /** Connections in this process's pool. */
  max?: number;
  queue?: TQueueOptions;
  /** Seconds between pg-boss maintenance passes (expiring jobs of killed workers among them). */
  maintenanceIntervalSeconds?: number;
  /** Let this process send pg-boss's cron jobs (every worker may: pg-boss elects one per tick). */
  schedule?: boolean;
};

export async function openBoss(opts: TBossOptions): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: opts.url,
    max: opts.max ?? 6,
    schedule: opts.schedule ?? true,
    supervise: true,
    maintenanceIntervalSeconds: opts.maintenanceIntervalSeconds ?? 30,
    cronMonitorIntervalSeconds: 10,
  });
  // pg-boss reports background errors (a dropped connection) as events; a worker keeps going.
  boss.on("error", (error) => console.error(`[jobs] ${error.message}`));
  await boss.start();
  await ensureQueues(boss, opts.queue);
  return boss;
}
