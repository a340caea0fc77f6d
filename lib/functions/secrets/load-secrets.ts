// The worker's view of an instance's secrets: opened just before a run, handed to the sandbox, and
// used to redact anything that leaves it. Never logged, never returned by an API.
import "server-only";
import { db } from "@/lib/db";
import { open, type TSealed } from "./seal";
import { secretAad } from "./save-secret";

export async function loadSecrets(instanceId: string): Promise<Record<string, string>> {
  return openSecrets(instanceId, await db.functionSecret.findMany({ where: { instanceId } }));
}

/** Opens sealed rows already read (the worker reads them with the run's claim). */
export function openSecrets(instanceId: string, rows: (TSealed & { name: string })[]): Record<string, string> {
  return Object.fromEntries(rows.map((r) => [r.name, open(r, secretAad(instanceId, r.name))]));
}
