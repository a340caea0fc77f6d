// Stores (or replaces) one secret of a function instance. Write-only: nothing returns the value,
// only its name and when it was set.
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { seal } from "./seal";

export const ZSecretInput = z.object({
  name: z.string().regex(/^[A-Z_][A-Z0-9_]{0,63}$/, "Secret names use capital letters, digits and _ (e.g. API_KEY)"),
  value: z.string().min(1, "A secret needs a value").max(4096, "A secret can be at most 4096 characters"),
});

export const secretAad = (instanceId: string, name: string) => `secret:${instanceId}:${name}`;

export async function saveSecret(instanceId: string, input: unknown): Promise<{ name: string; updatedAt: Date }> {
  const parsed = ZSecretInput.safeParse(input);
  if (!parsed.success) {
    const fields: Record<string, string[]> = {};
    for (const i of parsed.error.issues) (fields[i.path.join(".") || "_"] ??= []).push(i.message);
    throw new AppError("BAD_INPUT", { userMessage: "The secret needs attention.", fields });
  }
  const { name, value } = parsed.data;
  const sealed = seal(value, secretAad(instanceId, name));
  const row = await db.functionSecret.upsert({
    where: { instanceId_name: { instanceId, name } },
    create: { instanceId, name, ...sealed },
    update: sealed,
    select: { name: true, updatedAt: true },
  });
  return row;
}

/** Names and dates only: the values never leave the server's worker. */
export function listSecretNames(instanceId: string) {
  return db.functionSecret.findMany({
    where: { instanceId },
    select: { name: true, updatedAt: true },
    orderBy: { name: "asc" },
  });
}
