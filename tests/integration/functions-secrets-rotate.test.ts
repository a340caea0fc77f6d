// `npm run secrets -- rotate` on its own fresh database: secrets and automation-account keys sealed
// under the old key are re-sealed under the new one, a second run re-seals nothing, the output has
// counts and never a value, and afterwards the values open with the new key alone.
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "@/lib/db";
import { parseKey } from "@/lib/functions/secrets/master-key";
import { open, seal } from "@/lib/functions/secrets/seal";
import { secretAad } from "@/lib/functions/secrets/save-secret";
import { seedAad } from "@/lib/functions/automation/seed-aad";

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, "../..");
const FILE = path.join(ROOT, ".tmp", `rotate-${process.pid}.db`);
const URL = `file:${FILE}`;
const OLD = randomBytes(32).toString("hex");
const NEW = randomBytes(32).toString("base64url");
const STRANGER = randomBytes(32).toString("hex");
const VALUES = ["sk_live_rotate_me_1", "sk_live_rotate_me_2", "0x" + "5e".repeat(32)];

let client: PrismaClient;
let instanceId: string;

async function secretsCli(args: string[], keys: { SECRETS_KEY: string; SECRETS_KEY_PREVIOUS?: string }) {
  const env = { ...process.env, DATABASE_URL: URL, SECRETS_KEY_PREVIOUS: "", ...keys };
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ["--conditions=react-server", "--import", "tsx", "scripts/secrets.ts", ...args],
      { cwd: ROOT, env },
    );
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}

beforeAll(async () => {
  await run("npx", ["prisma", "migrate", "deploy"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: URL, CHECKPOINT_DISABLE: "1" },
  });
  client = createPrismaClient(URL);
  const old = parseKey(OLD);
  const inst = await client.functionInstance.create({ data: { name: "rotate", source: "-", sourceHash: "0x00" } });
  instanceId = inst.id;
  for (const [i, name] of ["API_KEY", "TOKEN"].entries()) {
    await client.functionSecret.create({
      data: { instanceId, name, ...seal(VALUES[i], secretAad(instanceId, name), old) },
    });
  }
  const seed = seal(VALUES[2], seedAad(instanceId), old);
  await client.automationAccount.create({
    data: { instanceId, address: "5x", publicKey: "0x00", encryptedSeed: seed.ciphertext, keyId: seed.keyId },
  });
}, 120_000);

afterAll(async () => {
  await client?.$disconnect();
  for (const f of [FILE, `${FILE}-wal`, `${FILE}-shm`]) fs.rmSync(f, { force: true });
});

describe("npm run secrets -- rotate", () => {
  it("without the old key it re-seals nothing and says which values it cannot open", async () => {
    const r = await secretsCli(["rotate"], { SECRETS_KEY: NEW });
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/Could not re-seal 3 value\(s\)/);
    expect(await client.functionSecret.count({ where: { keyId: parseKey(OLD).id } })).toBe(2);
  });

  it("re-seals every value under the new key, prints counts only, and is idempotent", async () => {
    const first = await secretsCli(["rotate"], { SECRETS_KEY: NEW, SECRETS_KEY_PREVIOUS: OLD });
    expect(first.out).toMatch(
      /Re-sealed under SECRETS_KEY \([0-9a-f]{12}\): 2 secret\(s\), 1 automation account key\(s\)/,
    );
    expect(first.out).toMatch(/Already under SECRETS_KEY: 0/);
    expect(first.code).toBe(0);
    for (const secret of [...VALUES, OLD, NEW]) expect(first.out).not.toContain(secret);

    const again = await secretsCli(["rotate"], { SECRETS_KEY: NEW, SECRETS_KEY_PREVIOUS: OLD });
    expect(again.code).toBe(0);
    expect(again.out).toMatch(/: 0 secret\(s\), 0 automation account key\(s\)/);
    expect(again.out).toMatch(/Already under SECRETS_KEY: 3/);

    // The new key alone opens everything now; the old key no longer does.
    const onlyNew = [parseKey(NEW)];
    const rows = await client.functionSecret.findMany({ where: { instanceId }, orderBy: { name: "asc" } });
    expect(rows.map((r) => open(r, secretAad(instanceId, r.name), onlyNew))).toEqual([VALUES[0], VALUES[1]]);
    const acct = await client.automationAccount.findUniqueOrThrow({ where: { instanceId } });
    expect(open({ ciphertext: acct.encryptedSeed, keyId: acct.keyId }, seedAad(instanceId), onlyNew)).toBe(VALUES[2]);
    expect(() => open(rows[0], secretAad(instanceId, rows[0].name), [parseKey(OLD)])).toThrow();

    const status = await secretsCli(["status"], { SECRETS_KEY: NEW });
    expect(status.code).toBe(0);
    expect(status.out).toMatch(/under SECRETS_KEY \([0-9a-f]{12}\): 3/);
    // A key we do not hold is reported as such.
    const stranger = await secretsCli(["status"], { SECRETS_KEY: STRANGER });
    expect(stranger.code).toBe(2);
    expect(stranger.out).toMatch(/under no key we have: 3/);
  });
});
