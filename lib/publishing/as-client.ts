// publishBrickVersion (lib/bricks) opens its own transaction. Publishing through the UI or the API
// must run it inside ours, so the auditor check, the semver rule, the version, its audit report
// and the log entries commit together or not at all: this hands it our transaction client, whose
// `$transaction(fn)` simply runs `fn` in the transaction already open.
import "server-only";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";

export function asClient(tx: Prisma.TransactionClient): PrismaClient {
  return new Proxy(tx, {
    get(target, prop, receiver) {
      if (prop === "$transaction") return (fn: (t: Prisma.TransactionClient) => unknown) => fn(target);
      return Reflect.get(target, prop, receiver);
    },
  }) as unknown as PrismaClient;
}
