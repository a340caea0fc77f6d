// Every environment variable the app reads, parsed once with zod. Each has a working default for
// the embedded setup (local database file, local dev chain), so a fresh clone runs with none set.
// A bad value fails fast with a message that names the variable and what to put there.
import path from "node:path";
import { z } from "zod";

// An empty string counts as unset, as in a .env file with `FOO=`.
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), schema);

const port = (name: string) =>
  z.coerce
    .number({ error: `${name} must be a port number` })
    .int(`${name} must be a whole number`)
    .min(1, `${name} must be between 1 and 65535`)
    .max(65535, `${name} must be between 1 and 65535`);

const addressList = z.string().transform((s) => s.split(/[\s,]+/).filter(Boolean));

export const ZServerEnv = z.object({
  NODE_ENV: optional(z.enum(["development", "production", "test"]).default("development")),
  DATABASE_URL: optional(
    z
      .string()
      .regex(/^(file:|libsql:\/\/|https?:\/\/|wss?:\/\/)/, {
        message: 'DATABASE_URL must start with "file:" (a local file) or "libsql://" (a libSQL server / Turso)',
      })
      .default("file:./data/dev.db"),
  ),
  DATABASE_AUTH_TOKEN: optional(z.string().optional()),
  PORT: optional(port("PORT").default(3000)),
  // Where the app reaches its default network. Unset: the embedded dev chain started by `npm start`.
  CHAIN_RPC_URL: optional(
    z
      .string()
      .regex(/^wss?:\/\//, { message: "CHAIN_RPC_URL must be a ws:// or wss:// URL" })
      .optional(),
  ),
  DEV_CHAIN_PORT: optional(port("DEV_CHAIN_PORT").default(9944)),
  // The chain spec the dev chain starts from; default: ../shared/chain/pop-paseo.raw.json.
  DEV_CHAIN_SPEC: optional(z.string().optional()),
  // Instead of a chain spec, fork a live network by its RPC endpoint.
  DEV_CHAIN_FORK_URL: optional(
    z
      .string()
      .regex(/^wss?:\/\//, { message: "DEV_CHAIN_FORK_URL must be a ws:// or wss:// URL" })
      .optional(),
  ),
  // Where the embedded dev chain keeps its blocks (one file per chain), so a restart resumes them.
  // "off" keeps nothing. DEV_CHAIN_FRESH=1 (or `npm start -- --fresh`) starts from genesis on purpose.
  DEV_CHAIN_DB_DIR: optional(z.string().default(path.resolve(process.cwd(), "data", "chains"))),
  DEV_CHAIN_FRESH: optional(
    z
      .enum(["0", "1", "true", "false"], { message: "DEV_CHAIN_FRESH must be 1 or 0" })
      .default("0")
      .transform((v) => v === "1" || v === "true"),
  ),
  // The second embedded dev chain, running pallet-revive (Solidity / ink! v6). Its spec defaults to
  // ../shared/chain/qf-testnet.raw.json; REVIVE_CHAIN_RPC_URL uses an external revive node instead.
  DEV_REVIVE_CHAIN_PORT: optional(port("DEV_REVIVE_CHAIN_PORT").default(9945)),
  DEV_REVIVE_CHAIN_SPEC: optional(z.string().optional()),
  REVIVE_CHAIN_RPC_URL: optional(
    z
      .string()
      .regex(/^wss?:\/\//, { message: "REVIVE_CHAIN_RPC_URL must be a ws:// or wss:// URL" })
      .optional(),
  ),
  BRICKS_DIR: optional(z.string().default(path.resolve(process.cwd(), "bricks"))),
  NEXTAUTH_SECRET: optional(z.string().min(16, "NEXTAUTH_SECRET must be at least 16 characters").optional()),
  NEXTAUTH_URL: optional(
    z.url({ message: "NEXTAUTH_URL must be a full URL such as http://localhost:3000" }).optional(),
  ),
  // Addresses (SS58, comma or space separated) that are platform admins from their first sign-in.
  ADMIN_ADDRESSES: optional(addressList.default([])),
  // Off-chain functions (lib/functions): the jobs database (unset: PGlite under data/jobs), the master
  // key for function secrets (unset: generated into data/secrets-key), older keys still accepted for
  // reading during a rotation, and how many workers `npm start` runs beside the app.
  JOBS_DATABASE_URL: optional(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, { message: "JOBS_DATABASE_URL must be a postgres:// URL" })
      .optional(),
  ),
  SECRETS_KEY: optional(z.string().min(32, "SECRETS_KEY must be 32 random bytes, base64 or hex").optional()),
  SECRETS_KEY_PREVIOUS: optional(z.string().optional()),
  FUNCTION_WORKERS: optional(z.coerce.number().int().min(0).max(32, "FUNCTION_WORKERS must be 0–32").default(1)),
  // The sr25519 seed (0x + 64 hex) that signs function run receipts; unset: generated into data/.
  WORKER_KEY_SEED: optional(
    z
      .string()
      .regex(/^0x[0-9a-fA-F]{64}$/, { message: "WORKER_KEY_SEED must be 0x followed by 64 hex digits" })
      .optional(),
  ),
});

export type TServerEnv = z.infer<typeof ZServerEnv>;

export class EnvError extends Error {}

export function parseEnv(source: Record<string, string | undefined> = process.env): TServerEnv {
  const result = ZServerEnv.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  - ${i.path.join(".")}: ${i.message}`);
    throw new EnvError(`Invalid environment variables:\n${lines.join("\n")}`);
  }
  return result.data;
}

let cached: TServerEnv | undefined;
export function env(): TServerEnv {
  cached ??= parseEnv();
  return cached;
}
