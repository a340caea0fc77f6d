// npm run secrets -- rotate | status
//   rotate: re-seals every function secret and automation-account key from SECRETS_KEY_PREVIOUS
//           (comma-separated old keys) under SECRETS_KEY. Safe to run again: values already under
//           SECRETS_KEY are left alone. Prints counts only, never a value or a key.
//   status: how many values are sealed under the current key, an old key, or no known key.
// Rotation, step by step: put a new key in SECRETS_KEY and the old one in SECRETS_KEY_PREVIOUS,
// restart the app and workers (they read both), run `npm run secrets -- rotate`, then remove
// SECRETS_KEY_PREVIOUS and restart again.
import { EnvError } from "@/lib/env";
import { db } from "@/lib/db";
import { masterKeys } from "@/lib/functions/secrets/master-key";
import { rotateSecrets } from "@/lib/functions/secrets/rotate-secrets";

async function status(): Promise<number> {
  const { current, all } = masterKeys();
  const previous = new Set(all.filter((k) => k.id !== current.id).map((k) => k.id));
  const rows = [
    ...(await db.functionSecret.findMany({ select: { keyId: true } })),
    ...(await db.automationAccount.findMany({ select: { keyId: true } })),
  ];
  const now = rows.filter((r) => r.keyId === current.id).length;
  const old = rows.filter((r) => previous.has(r.keyId)).length;
  const unknown = rows.length - now - old;
  console.log(`Sealed values: ${rows.length}`);
  console.log(`  under SECRETS_KEY (${current.id}): ${now}`);
  console.log(`  under SECRETS_KEY_PREVIOUS: ${old}${old ? " (run: npm run secrets -- rotate)" : ""}`);
  console.log(`  under no key we have: ${unknown}`);
  return unknown ? 2 : 0;
}

async function rotate(): Promise<number> {
  const { current, all } = masterKeys();
  if (all.length === 1)
    console.log("SECRETS_KEY_PREVIOUS is not set: only values already under SECRETS_KEY can be read.");
  const r = await rotateSecrets();
  console.log(
    `Re-sealed under SECRETS_KEY (${current.id}): ${r.secrets} secret(s), ${r.accounts} automation account key(s)`,
  );
  console.log(`Already under SECRETS_KEY: ${r.alreadyCurrent}`);
  if (r.unreadable) {
    console.log(
      `Could not re-seal ${r.unreadable} value(s): sealed under a key that is neither SECRETS_KEY nor in SECRETS_KEY_PREVIOUS.`,
    );
    return 2;
  }
  if (all.length > 1) console.log("Done. You can now remove SECRETS_KEY_PREVIOUS and restart.");
  return 0;
}

async function main() {
  const command = process.argv[2];
  if (command === "rotate") return rotate();
  if (command === "status") return status();
  console.error("Usage: npm run secrets -- rotate | status");
  return 1;
}

main()
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    // Words only: an error from opening a value never carries the value itself.
    console.error(error instanceof EnvError ? error.message : (error as Error).message);
    process.exit(1);
  });
