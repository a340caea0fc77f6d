// The default jobs database: PGlite (Postgres compiled to wasm, a directory under data/), which only
// one process can open. That process — `npm start`, or the first `npm run worker` when nothing else
// holds it — serves it over the Postgres wire protocol on 127.0.0.1 (pglite-socket), and writes the
// URL into the directory; every worker then speaks plain Postgres to it, exactly as to a real server.
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export const DEFAULT_JOBS_DIR = path.resolve(process.cwd(), "data", "jobs");
const HOST_FILE = "host.json";

export type TPgliteHost = { url: string; close: () => Promise<void> };

export async function startPgliteHost(dir = DEFAULT_JOBS_DIR, port = 0): Promise<TPgliteHost> {
  fs.mkdirSync(dir, { recursive: true });
  const db = await PGlite.create(path.join(dir, "pgdata"));
  // Workers poll with several connections each; the server multiplexes them over PGlite's one.
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port, maxConnections: 64 });
  await server.start();
  const url = `postgres://postgres@${server.getServerConn()}/postgres?sslmode=disable`;
  fs.writeFileSync(path.join(dir, HOST_FILE), JSON.stringify({ url, pid: process.pid }));
  return {
    url,
    close: async () => {
      fs.rmSync(path.join(dir, HOST_FILE), { force: true });
      await server.stop();
      await db.close();
    },
  };
}

/** The URL a running host published, when its process is still alive. */
export function findPgliteHost(dir = DEFAULT_JOBS_DIR): string | undefined {
  try {
    const { url, pid } = JSON.parse(fs.readFileSync(path.join(dir, HOST_FILE), "utf8")) as { url: string; pid: number };
    process.kill(pid, 0);
    return url;
  } catch {
    return undefined;
  }
}
