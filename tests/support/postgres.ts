// A real PostgreSQL 15 (Debian's package, installed by .ci/run) for one test file: initdb into a
// temp directory and start on a free port, as the postgres user when we are root (initdb refuses
// root). Stopped and deleted afterwards.
import { execFile } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const BIN = "/usr/lib/postgresql/15/bin";

export type TTestPostgres = {
  url: string;
  /** The postmaster's process id (benchmarks read the CPU its tree used). */
  pid: number;
  stop: () => Promise<void>;
};

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

export async function startTestPostgres(): Promise<TTestPostgres> {
  if (!fs.existsSync(path.join(BIN, "postgres"))) {
    throw new Error(`PostgreSQL 15 is not installed (${BIN}); apt-get install -y postgresql (.ci/run does this)`);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "brickyard-pg-"));
  const data = path.join(dir, "data");
  const asRoot = process.getuid?.() === 0;
  const as = async (cmd: string, args: string[]) =>
    asRoot ? run("runuser", ["-u", "postgres", "--", path.join(BIN, cmd), ...args]) : run(path.join(BIN, cmd), args);
  if (asRoot) {
    fs.chmodSync(dir, 0o755);
    await run("chown", ["postgres:postgres", dir]);
  }
  await as("initdb", ["-D", data, "-A", "trust", "-U", "postgres", "--no-sync"]);
  const port = await freePort();
  const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`;
  await as("pg_ctl", ["-D", data, "-o", opts, "-l", path.join(dir, "log"), "-w", "start"]);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    pid: Number(fs.readFileSync(path.join(data, "postmaster.pid"), "utf8").split("\n")[0]),
    stop: async () => {
      await as("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]).catch(() => undefined);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
