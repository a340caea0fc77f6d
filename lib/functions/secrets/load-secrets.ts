// The worker's view of an instance's secrets: opened just before a run, handed to the sandbox, and
// used to redact anything that leaves it. Never logged, never returned by an API.
import "server-only";
import { db } from "@/lib/db";
import { open } from "./seal";
import { secretAad } from "./save-secret";

export async function loadSecrets(instanceId: string): Promise<Record<string, string>> {
  const rows = await db.functionSecret.findMany({ where: { instanceId } });
  return Object.fromEntries(rows.map((r) => [r.name, open(r, secretAad(instanceId, r.name))]));
}
