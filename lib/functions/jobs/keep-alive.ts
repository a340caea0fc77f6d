// A heartbeat for a job in progress. pg-boss 10 expires an active job a fixed time after it started
// (then retries it): right for a killed worker, wrong for a live one whose delivery waits on a slow
// chain — that job would be handed to a second worker while the first still runs it. So while a
// worker holds a job it pushes the expiry forward every third of the window; a killed worker stops
// beating and its job expires one window after the last beat. pg-boss 10 has no API for this: the
// statement moves the same column its own expiry check reads (started_on + expire_in < now()).
import "server-only";
import type PgBoss from "pg-boss";

const SCHEMA = "pgboss";

export async function extendJob(boss: PgBoss, queue: string, jobId: string, seconds: number): Promise<void> {
  await boss
    .getDb()
    .executeSql(
      `UPDATE ${SCHEMA}.job SET expire_in = (now() - started_on) + $3 * interval '1 second' WHERE name = $1 AND id = $2 AND state = 'active'`,
      [queue, jobId, seconds],
    );
}

/** Beats until the returned stop function is called. */
export function keepJobAlive(boss: PgBoss, queue: string, jobId: string, seconds: number): () => void {
  const timer = setInterval(
    () => void extendJob(boss, queue, jobId, seconds).catch(() => undefined),
    Math.max(1000, (seconds * 1000) / 3),
  );
  return () => clearInterval(timer);
}
