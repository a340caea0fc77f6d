// Runs one function in a fresh QuickJS runtime + context, in THIS process (the worker process calls it;
// tests of the HTTP rules may too). The host enforces every limit: a wall-clock deadline (interrupt
// handler + timer), the engine's memory maximum, the request count, response and output sizes.
import "server-only";
import { randomBytes } from "node:crypto";
import type { QuickJSContext, QuickJSDeferredPromise, QuickJSHandle, QuickJSRuntime } from "quickjs-emscripten-core";
import { guardedFetch, HttpRefusedError, ResponseTooLargeError } from "../http/guarded-fetch";
import { redactSecrets } from "../http/redact";
import type { TLookup } from "../http/resolve-host";
import { BOOTSTRAP_SOURCE } from "./bootstrap";
import { acquireEngine, releaseEngine, type TEngine } from "./engine";
import { parseFetchInit, type TParsedFetchInit } from "./fetch-init";
import { hashText } from "./hash";
import { limitMessages, resolveLimits } from "./limits";
import { RunLog } from "./run-log";
import { checkSource } from "./source-check";
import type { THttpExchange, TLimits, TRunError, TRunErrorCode, TRunRequest, TRunResult } from "./types";

export type TExecuteOptions = {
  /** Test hook: how host names resolve (default: the system resolver). */
  lookup?: TLookup;
  /** Test hook: exact private addresses a test server listens on (everything else private stays refused). */
  allowedPrivateAddresses?: string[];
  /** When the caller asked for the run (epoch ms, sub-ms precision), to measure start latency. */
  calledAt?: number;
};

const PER_REQUEST_TIMEOUT_MS = 10_000;
const clockMs = () => performance.timeOrigin + performance.now();

export async function executeRun(req: TRunRequest, opts: TExecuteOptions = {}): Promise<TRunResult> {
  const calledAt = opts.calledAt ?? clockMs();
  const now = req.replay?.now ?? Date.now();
  const seed = req.replay?.seed ?? randomBytes(4).readUInt32LE(0);
  const base = { logs: [], http: [], bodies: [], durationMs: 0, now, seed };
  let limits: TLimits;
  try {
    limits = resolveLimits(req.limits);
  } catch (error) {
    const issue = (error as { issues?: { message: string }[] }).issues?.[0]?.message ?? "limits are not valid";
    return { ...base, ok: false, error: { code: "invalid", message: issue } };
  }
  const problem = checkSource(req.source) ?? checkJson(req);
  if (problem) return { ...base, ok: false, limits, error: { code: "invalid", message: problem } };
  const engine = await acquireEngine(limits.memoryBytes);
  return new SandboxRun(req, limits, engine, now, seed, opts).execute(calledAt);
}

function checkJson(req: TRunRequest): string | null {
  for (const [name, value] of [
    ["input", req.input],
    ["state", req.state],
    ["secrets", req.secrets],
  ] as const) {
    try {
      JSON.stringify(value ?? null);
    } catch {
      return `${name} must be plain JSON data`;
    }
  }
  return null;
}

type TOutcome = { value?: string; error?: string };

class SandboxRun {
  private readonly log: RunLog;
  private readonly exchanges: THttpExchange[] = [];
  private readonly bodies = new Map<string, string>();
  private readonly deferreds = new Set<QuickJSDeferredPromise>();
  private readonly abort = new AbortController();
  private stopError?: TRunError;
  private resolveStopped!: () => void;
  private readonly stopped = new Promise<void>((resolve) => (this.resolveStopped = resolve));
  private finished = false;
  private deadline = Infinity;
  private rt!: QuickJSRuntime;
  private ctx!: QuickJSContext;

  constructor(
    private readonly req: TRunRequest,
    private readonly limits: TLimits,
    private readonly engine: TEngine,
    private readonly now: number,
    private readonly seed: number,
    private readonly hooks: TExecuteOptions,
  ) {
    this.log = new RunLog(req.secrets);
  }

  async execute(calledAt: number): Promise<TRunResult> {
    const startedAt = clockMs();
    this.deadline = startedAt + this.limits.wallMs;
    const timer = setTimeout(() => this.stop("timeout", limitMessages.timeout(this.limits)), this.limits.wallMs);
    let outcome: TOutcome = {};
    let userStart = startedAt;
    let broken = false;
    const handles: QuickJSHandle[] = [];
    try {
      this.rt = this.engine.module.newRuntime();
      this.rt.setMemoryLimit(this.limits.memoryBytes);
      this.rt.setInterruptHandler(() => this.shouldInterrupt());
      this.rt.setModuleLoader(() => ({ error: new Error("functions cannot import other modules") }));
      this.ctx = this.rt.newContext();
      const invoke = this.bootstrap(handles);
      userStart = clockMs();
      outcome = await this.callHandler(invoke, handles);
    } catch (error) {
      outcome = { error: error instanceof Error ? error.message : String(error) };
    } finally {
      clearTimeout(timer);
      this.finished = true;
      this.abort.abort();
      broken = this.dispose(handles);
      releaseEngine(this.engine, broken);
    }
    const end = clockMs();
    const result = this.interpret(outcome);
    return {
      ...result,
      logs: this.log.finish(),
      http: this.exchanges,
      bodies: [...this.bodies].map(([bodyHash, body]) => ({ bodyHash, body })),
      durationMs: Math.round((end - startedAt) * 100) / 100,
      now: this.now,
      seed: this.seed,
      limits: this.limits,
      timings: { startMs: round(userStart - calledAt), runMs: round(end - userStart) },
    };
  }

  private stop(code: TRunErrorCode, message: string): void {
    if (this.stopError || this.finished) return;
    this.stopError = { code, message };
    this.abort.abort();
    this.resolveStopped();
  }

  private shouldInterrupt(): boolean {
    if (this.stopError) return true;
    if (clockMs() > this.deadline) {
      this.stop("timeout", limitMessages.timeout(this.limits));
      return true;
    }
    return false;
  }

  private bootstrap(handles: QuickJSHandle[]): QuickJSHandle {
    const ctx = this.ctx;
    const factory = ctx.unwrapResult(ctx.evalCode(BOOTSTRAP_SOURCE, "brickyard-bootstrap.js", { type: "global" }));
    handles.push(factory);
    const hostFetch = ctx.newFunction("fetch", (url, init) => this.hostFetch(url, init));
    const hostLog = ctx.newFunction("log", (level, text) => {
      if (ctx.typeof(level) === "string" && ctx.typeof(text) === "string") {
        this.log.add(ctx.getString(level), ctx.getString(text));
      }
    });
    const nowHandle = ctx.newNumber(this.now);
    const seedHandle = ctx.newNumber(this.seed);
    handles.push(hostFetch, hostLog, nowHandle, seedHandle);
    const api = ctx.unwrapResult(ctx.callFunction(factory, ctx.undefined, hostFetch, hostLog, nowHandle, seedHandle));
    handles.push(api);
    const invoke = ctx.getProp(api, "invoke");
    handles.push(invoke);
    return invoke;
  }

  private async callHandler(invoke: QuickJSHandle, handles: QuickJSHandle[]): Promise<TOutcome> {
    const ctx = this.ctx;
    const evaluated = ctx.evalCode(this.req.source, "function.js", { type: "module" });
    if (evaluated.error) return { error: this.describeError(evaluated.error, "the function's source did not load") };
    let namespace = evaluated.value;
    handles.push(namespace);
    // A module with top-level await evaluates to a promise of its exports.
    const state = ctx.getPromiseState(namespace);
    if (state.type === "rejected")
      return { error: this.describeError(state.error, "the function's source did not load") };
    if (state.type === "pending") {
      const settled = await this.settle(namespace);
      if (settled.error) return settled;
      namespace = settled.handle!;
      handles.push(namespace);
    } else if (!state.notAPromise) {
      namespace = state.value;
      handles.push(namespace);
    }
    const handler = ctx.getProp(namespace, this.req.handler);
    handles.push(handler);
    if (ctx.typeof(handler) !== "function") {
      return { error: `invalid:the function does not export a "${this.req.handler}" handler` };
    }
    const args = [
      JSON.stringify(this.req.input ?? null),
      JSON.stringify(this.req.secrets ?? {}),
      JSON.stringify(this.req.state ?? null),
    ].map((text) => ctx.newString(text));
    handles.push(...args);
    const called = ctx.callFunction(invoke, ctx.undefined, handler, ...args);
    if (called.error) return { error: this.describeError(called.error, "the function failed") };
    handles.push(called.value);
    const settled = await this.settle(called.value);
    if (settled.error) return settled;
    handles.push(settled.handle!);
    if (ctx.typeof(settled.handle!) !== "string") return { error: "the function failed: its result could not be read" };
    return { value: ctx.getString(settled.handle!) };
  }

  /** Waits for a promise inside the VM while host fetches complete; a stop (limit breach) wins. */
  private async settle(promise: QuickJSHandle): Promise<TOutcome & { handle?: QuickJSHandle }> {
    const pending = this.ctx.resolvePromise(promise);
    this.drainJobs();
    const result = await Promise.race([pending, this.stopped.then(() => null)]);
    if (result === null) {
      void pending.then(
        (r) => (r.error ?? r.value)?.dispose(),
        () => undefined,
      );
      return { error: this.stopError?.message ?? "stopped" };
    }
    if (result.error) return { error: this.describeError(result.error, "the function failed") };
    return { handle: result.value };
  }

  private drainJobs(): void {
    if (this.finished) return;
    const result = this.rt.executePendingJobs();
    if (result.error) {
      this.log.add("error", `unhandled: ${this.dumpText(result.error)}`);
      result.error.dispose();
    }
  }

  private describeError(handle: QuickJSHandle, prefix: string): string {
    const text = this.dumpText(handle);
    handle.dispose();
    if (/^SyntaxError/.test(text) && prefix.includes("did not load"))
      return `invalid:the function's source is not valid JavaScript: ${text}`;
    if (/functions cannot import other modules/.test(text)) return "invalid:functions cannot import other modules";
    return `${prefix}: ${text}`;
  }

  private dumpText(handle: QuickJSHandle): string {
    let dumped: unknown;
    try {
      // dump may run the function's own code (getters, toJSON) and so be interrupted.
      dumped = this.ctx.dump(handle);
    } catch {
      return "an error that could not be read";
    }
    if (dumped && typeof dumped === "object" && "message" in dumped) {
      const e = dumped as { name?: unknown; message?: unknown };
      return `${String(e.name ?? "Error")}: ${String(e.message)}`;
    }
    return typeof dumped === "string" ? dumped : (JSON.stringify(dumped) ?? String(dumped));
  }

  private hostFetch(urlHandle: QuickJSHandle, initHandle: QuickJSHandle): QuickJSHandle {
    const ctx = this.ctx;
    const deferred = ctx.newPromise();
    this.deferreds.add(deferred);
    void deferred.settled.then(() => this.drainJobs());
    if (this.finished || this.stopError) return deferred.handle;
    if (ctx.typeof(urlHandle) !== "string" || ctx.typeof(initHandle) !== "string") {
      this.rejectIn(deferred, "fetch needs a URL string");
      return deferred.handle;
    }
    const url = ctx.getString(urlHandle);
    const init = parseFetchInit(ctx.getString(initHandle));
    if (!URL.canParse(url)) {
      this.rejectIn(deferred, `"${redactSecrets(url.slice(0, 200), this.req.secrets)}" is not a valid URL`);
      return deferred.handle;
    }
    if (typeof init === "string") {
      this.rejectIn(deferred, init);
      return deferred.handle;
    }
    if (this.exchanges.length >= this.limits.maxRequests) {
      this.stop("requests", limitMessages.requests(this.limits));
      return deferred.handle;
    }
    const exchange: THttpExchange = {
      method: init.method,
      url: redactSecrets(url, this.req.secrets),
      status: null,
      bodyHash: null,
      bytes: 0,
      ms: 0,
    };
    const index = this.exchanges.push(exchange) - 1;
    void this.performFetch(url, init, exchange, index).then(
      (answer) => {
        if (this.finished) return;
        const text = ctx.newString(JSON.stringify(answer));
        deferred.resolve(text);
        text.dispose();
      },
      (error: unknown) => this.fetchFailed(deferred, exchange, error),
    );
    return deferred.handle;
  }

  private fetchFailed(deferred: QuickJSDeferredPromise, exchange: THttpExchange, error: unknown): void {
    const message = redactSecrets(error instanceof Error ? error.message : String(error), this.req.secrets);
    exchange.error = message;
    if (clockMs() >= this.deadline) this.stop("timeout", limitMessages.timeout(this.limits));
    else if (error instanceof HttpRefusedError) this.stop("http-refused", `fetch refused: ${message}`);
    else if (error instanceof ResponseTooLargeError)
      this.stop("response-size", limitMessages.responseSize(this.limits));
    else this.rejectIn(deferred, message);
  }

  private async performFetch(url: string, init: TParsedFetchInit, exchange: THttpExchange, index: number) {
    const started = clockMs();
    try {
      let status: number;
      let body: string;
      if (this.req.replay) {
        const recorded = this.req.replay.responses[index];
        if (!recorded) throw new Error(`the recording has no response for request ${index + 1}`);
        if (recorded.error !== undefined) throw new Error(recorded.error);
        ({ status, body } = recorded);
      } else {
        const outcome = await guardedFetch(
          url,
          init,
          {
            allowedHosts: this.req.allowedHosts,
            allowHttp: this.req.allowHttp === true,
            allowPrivateAddresses: this.req.allowPrivateAddresses === true,
            maxResponseBytes: this.limits.maxResponseBytes,
            // A request may not outlive the run: past the run's deadline the wall-clock limit reports it.
            timeoutMs: Math.max(1, Math.min(PER_REQUEST_TIMEOUT_MS, this.deadline - clockMs() + 50)),
            lookup: this.hooks.lookup,
            allowedPrivateAddresses: this.hooks.allowedPrivateAddresses,
          },
          this.abort.signal,
        );
        status = outcome.status;
        // What the function sees is what is stored and hashed, so a replay sees the same; an API that
        // echoes a secret back must not put it into stored bodies (short values would mangle bodies).
        body = redactSecrets(outcome.body, bodySecrets(this.req.secrets));
        if (outcome.redirects.length > 0) {
          exchange.redirects = outcome.redirects.map((u) => redactSecrets(u, this.req.secrets));
        }
      }
      const bodyHash = hashText(body);
      this.bodies.set(bodyHash, body);
      Object.assign(exchange, { status, bodyHash, bytes: Buffer.byteLength(body, "utf8") });
      return { status, body };
    } finally {
      exchange.ms = round(clockMs() - started);
    }
  }

  private rejectIn(deferred: QuickJSDeferredPromise, message: string): void {
    if (this.finished) return;
    const error = this.ctx.newError({ name: "FetchError", message });
    deferred.reject(error);
    error.dispose();
  }

  private interpret(outcome: TOutcome): Pick<TRunResult, "ok" | "output" | "state" | "error"> {
    const fail = (code: TRunErrorCode, message: string) => ({
      ok: false,
      error: { code, message: redactSecrets(message, this.req.secrets) },
    });
    if (this.stopError) return fail(this.stopError.code, this.stopError.message);
    if (outcome.error !== undefined) {
      if (/out of memory|memory access out of bounds/i.test(outcome.error) || this.nearMemoryCap()) {
        return fail("memory", limitMessages.memory(this.limits));
      }
      if (outcome.error.startsWith("invalid:")) return fail("invalid", outcome.error.slice("invalid:".length));
      return fail("thrown", outcome.error);
    }
    const parsed = JSON.parse(outcome.value ?? "null") as { output: unknown; hasState: boolean; state: unknown };
    const outputText = JSON.stringify(parsed.output);
    // Outputs are public (they go on chain and into API answers): a secret's value may not leave that way.
    const leaked = Object.entries(this.req.secrets).find(
      ([, v]) => v.length >= MIN_BODY_SECRET_CHARS && outputText.includes(v),
    );
    if (leaked) return fail("thrown", `the output contains the value of the secret "${leaked[0]}"; outputs are public`);
    const outputBytes = Buffer.byteLength(outputText, "utf8");
    if (outputBytes > this.limits.maxOutputBytes)
      return fail("output-size", limitMessages.outputSize(this.limits, outputBytes));
    const state = parsed.hasState ? parsed.state : (this.req.state ?? null);
    const stateBytes = Buffer.byteLength(JSON.stringify(state), "utf8");
    if (stateBytes > this.limits.maxStateBytes)
      return fail("state-size", limitMessages.stateSize(this.limits, stateBytes));
    return { ok: true, output: parsed.output, state };
  }

  private nearMemoryCap(): boolean {
    return this.engine.memory.buffer.byteLength + 2 * 1024 * 1024 >= this.engine.maxBytes;
  }

  /** Frees everything; true when the engine is no longer trustworthy (it failed to free cleanly). */
  private dispose(handles: QuickJSHandle[]): boolean {
    try {
      for (const deferred of this.deferreds) if (deferred.alive) deferred.dispose();
      for (const handle of handles.reverse()) if (handle.alive) handle.dispose();
      this.ctx?.dispose();
      this.rt?.dispose();
      return false;
    } catch {
      return true;
    }
  }
}

const MIN_BODY_SECRET_CHARS = 8;

function bodySecrets(secrets: Record<string, string>): string[] {
  return Object.values(secrets).filter((v) => v.length >= MIN_BODY_SECRET_CHARS);
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}
