// A pool of warm sandbox worker processes. Starting Node + the TypeScript loader + the QuickJS wasm takes
// hundreds of milliseconds; a run on a warm process starts in a few. Each process runs one function at
// a time; the parent kills it (SIGKILL) when a run overstays its wall-clock limit by a grace period
// (the process's own deadline should have fired first), and a fresh process replaces it.
import "server-only";
import { fork, type ChildProcess } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { formatSeconds } from "./limits";
import type { TChildMessage, TParentMessage } from "./protocol";
import type { TRunError, TRunRequest, TRunResult } from "./types";

const KILL_GRACE_MS = 1500;
// Node + the TypeScript loader + the wasm compile; far longer than that means the process is stuck.
const STARTUP_TIMEOUT_MS = 60_000;
// Joined at run time so that Next.js's bundler does not try to resolve the child as a module when the
// app itself runs functions (issue 13's test runs and "verify this run").
const CHILD_SCRIPT = [process.cwd(), "lib", "functions", "sandbox", "child.ts"].join(path.sep);

type TJob = {
  id: number;
  resolve: (result: TRunResult) => void;
  timer: NodeJS.Timeout;
  request: TRunRequest;
  wallMs: number;
};

class SandboxProcess {
  readonly child: ChildProcess;
  readonly ready: Promise<void>;
  busy = false;
  dead = false;
  /** Closed on purpose by closeSandboxPool: not replaced. */
  retired = false;
  private job?: TJob;

  constructor(private readonly onExit: (proc: SandboxProcess) => void) {
    this.child = fork(/* turbopackIgnore: true */ CHILD_SCRIPT, [], {
      cwd: process.cwd(),
      // The child gets no secrets of the server (no database URL, no keys): only what Node needs.
      env: { PATH: process.env.PATH ?? "", NODE_ENV: process.env.NODE_ENV ?? "production", TZ: "UTC" },
      execArgv: ["--conditions=react-server", "--import", "tsx", "--max-old-space-size=192"],
      stdio: ["ignore", "inherit", "inherit", "ipc"],
      serialization: "json",
    });
    this.ready = new Promise<void>((resolve, reject) => {
      const onMessage = (message: TParentMessage) => {
        if (message.type !== "ready") return;
        if (!this.job) this.idle();
        resolve();
      };
      this.child.on("message", onMessage);
      this.child.once("exit", () => reject(new Error("the sandbox process could not start")));
    });
    this.ready.catch(() => undefined);
    const startup = setTimeout(() => this.kill(), STARTUP_TIMEOUT_MS);
    startup.unref();
    void this.ready.then(
      () => clearTimeout(startup),
      () => clearTimeout(startup),
    );
    this.child.on("message", (message: TParentMessage) => {
      if (message.type === "result" && this.job?.id === message.id) this.finish(message.result);
    });
    this.child.once("exit", () => {
      this.dead = true;
      if (this.job)
        this.finish(failure(this.job.request, { code: "thrown", message: "the sandbox process stopped unexpectedly" }));
      this.onExit(this);
    });
  }

  run(id: number, request: TRunRequest, wallMs: number, calledAt: number): Promise<TRunResult> {
    return new Promise<TRunResult>((resolve) => {
      const timer = setTimeout(() => this.kill(), wallMs + KILL_GRACE_MS);
      this.job = { id, resolve, timer, request, wallMs };
      this.child.ref();
      this.channel()?.ref();
      const message: TChildMessage = { type: "run", id, request, calledAt };
      this.child.send(message);
    });
  }

  kill(): void {
    const job = this.job;
    if (job)
      this.finish(failure(job.request, { code: "timeout", message: `stopped after ${formatSeconds(job.wallMs)}` }));
    this.dead = true;
    this.child.kill("SIGKILL");
  }

  private finish(result: TRunResult): void {
    const job = this.job;
    if (!job) return;
    this.job = undefined;
    clearTimeout(job.timer);
    this.idle();
    job.resolve(result);
  }

  // An idle pool must not keep the parent process alive (tests, CLI).
  private idle(): void {
    this.child.unref();
    this.channel()?.unref();
  }

  private channel(): { ref(): void; unref(): void } | undefined {
    return (this.child as ChildProcess & { channel?: { ref(): void; unref(): void } }).channel ?? undefined;
  }
}

function failure(request: TRunRequest, error: TRunError): TRunResult {
  return {
    ok: false,
    error,
    logs: [],
    http: [],
    bodies: [],
    durationMs: 0,
    now: request.replay?.now ?? 0,
    seed: request.replay?.seed ?? 0,
  };
}

const pool = {
  size: Math.max(1, Math.min(Number(process.env.FUNCTIONS_SANDBOX_PROCESSES) || os.availableParallelism(), 16)),
  procs: [] as SandboxProcess[],
  waiting: [] as ((proc: SandboxProcess) => void)[],
  nextId: 1,
  warm: false,
};

function spawn(): SandboxProcess {
  const proc = new SandboxProcess((gone) => {
    pool.procs = pool.procs.filter((p) => p !== gone);
    // Keep the pool warm: replace a killed or crashed process right away when someone waits or warmed it.
    if (gone.retired || pool.procs.length >= pool.size) return;
    if (pool.waiting.length > 0 || pool.warm) handOver(spawn());
  });
  pool.procs.push(proc);
  return proc;
}

function handOver(proc: SandboxProcess): void {
  const next = pool.waiting.shift();
  if (next) {
    proc.busy = true;
    next(proc);
  }
}

function acquire(): Promise<SandboxProcess> {
  const idle = pool.procs.find((p) => !p.busy && !p.dead);
  if (idle) {
    idle.busy = true;
    return Promise.resolve(idle);
  }
  if (pool.procs.length < pool.size) {
    const proc = spawn();
    proc.busy = true;
    return Promise.resolve(proc);
  }
  return new Promise((resolve) => pool.waiting.push(resolve));
}

function release(proc: SandboxProcess): void {
  proc.busy = false;
  if (!proc.dead) handOver(proc);
}

/** Runs one request on a pooled worker process. */
export async function runOnPool(request: TRunRequest, wallMs: number, calledAt: number): Promise<TRunResult> {
  const proc = await acquire();
  try {
    await proc.ready;
  } catch (error) {
    release(proc);
    throw error;
  }
  try {
    return await proc.run(pool.nextId++, request, wallMs, calledAt);
  } finally {
    release(proc);
  }
}

/** How many worker processes may run functions at once (default: the number of CPU cores). */
export function configureSandboxPool(options: { processes: number }): void {
  pool.size = Math.max(1, Math.floor(options.processes));
}

/** Starts the pool's processes now and waits until each can run, so the first runs start fast. */
export async function warmSandboxPool(): Promise<void> {
  pool.warm = true;
  while (pool.procs.length < pool.size) spawn();
  await Promise.all(pool.procs.map((p) => p.ready));
}

/** Stops every worker process (tests, shutdown). */
export function closeSandboxPool(): void {
  pool.warm = false;
  for (const proc of pool.procs) {
    proc.retired = true;
    proc.dead = true;
    proc.child.kill("SIGKILL");
  }
  pool.procs = [];
}

/** The worker processes' ids (monitoring, and tests that stop one). */
export function sandboxProcessIds(): number[] {
  return pool.procs.flatMap((p) => (p.child.pid === undefined || p.dead ? [] : [p.child.pid]));
}
