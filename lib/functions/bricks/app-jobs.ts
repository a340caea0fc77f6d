// The app's own handle on the jobs queue, for "Run now" and for queuing a schedule's first slot:
// JOBS_DATABASE_URL, or the PGlite host `npm start` serves (lib/functions/jobs/start-for-app.ts).
// Opened once per server process, without pg-boss's cron (the workers keep schedules chained).
import "server-only";
import type PgBoss from "pg-boss";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { openBoss } from "@/lib/functions/jobs/open-boss";
import { findPgliteHost } from "@/lib/functions/jobs/pglite-host";

let opening: Promise<PgBoss> | null = null;

export function appJobs(): Promise<PgBoss> {
  const url = env().JOBS_DATABASE_URL ?? findPgliteHost();
  if (!url)
    throw new AppError("CONFLICT", {
      userMessage: "The function runner is not running: start Brickyard with npm start (or set JOBS_DATABASE_URL).",
    });
  opening ??= openBoss({ url, schedule: false, max: 2 }).catch((error) => {
    opening = null;
    throw error;
  });
  return opening;
}
