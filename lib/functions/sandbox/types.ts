// The function runtime API agreed with the jobs branch (see CONTRACTS-BETWEEN-BRANCHES.md). Plain types,
// no runtime code, so the worker process, the jobs layer and the receipts can all import them.

export type TLimits = {
  wallMs: number;
  memoryBytes: number;
  maxRequests: number;
  maxResponseBytes: number;
  maxOutputBytes: number;
  maxStateBytes: number;
};

export type THttpExchange = {
  method: string;
  /** The URL the function asked for, with every secret value replaced by "[redacted]". */
  url: string;
  status: number | null;
  /** "0x" + sha-256 of the body text the function received (null when no body arrived). */
  bodyHash: string | null;
  bytes: number;
  ms: number;
  /** Redirect hops that were followed (redacted), when any. */
  redirects?: string[];
  error?: string;
};

/** A recorded answer for replay; `error` replays a request that failed (the fetch rejects with it). */
export type TRecordedResponse = { url: string; status: number; body: string; error?: string };

export type TReplay = { responses: TRecordedResponse[]; now: number; seed: number };

export type THandlerName = "run" | "query";

export type TRunRequest = {
  source: string;
  handler: THandlerName;
  input: unknown;
  secrets: Record<string, string>;
  state: unknown;
  limits?: Partial<TLimits>;
  /** Host names the function declared ("api.example.com", "*.example.com", "127.0.0.1:8080"). */
  allowedHosts: string[];
  /** Development only: allow plain http:// URLs. */
  allowHttp?: boolean;
  /** Tests only: allow loopback/private addresses (a local test server). Never set it from user data. */
  allowPrivateAddresses?: boolean;
  replay?: TReplay;
};

export type TRunErrorCode =
  | "timeout"
  | "memory"
  | "requests"
  | "response-size"
  | "output-size"
  | "state-size"
  | "http-refused"
  | "thrown"
  | "invalid";

export type TRunError = { code: TRunErrorCode; message: string };

export type TRunTimings = {
  /** From the runFunction call until the function's own code began to run. */
  startMs: number;
  /** From the start of the function's code until its handler settled. */
  runMs: number;
};

export type TRunResult = {
  ok: boolean;
  output?: unknown;
  state?: unknown;
  error?: TRunError;
  logs: string[];
  http: THttpExchange[];
  /** Every body the function received, keyed by its hash, for storage and later replay. */
  bodies: { bodyHash: string; body: string }[];
  durationMs: number;
  /** The fixed clock (ms since epoch) Date.now() returned during the run. */
  now: number;
  /** The seed of the run's Math.random(). */
  seed: number;
  /** The limits the run had (defaults filled in). */
  limits?: TLimits;
  timings?: TRunTimings;
};
