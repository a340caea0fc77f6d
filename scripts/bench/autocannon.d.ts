// The part of autocannon's programmatic API that scripts/bench/load.ts uses (it ships no types).
declare module "autocannon" {
  type TRequest = { method?: string; path: string };
  type TOptions = { url: string; connections?: number; duration?: number; requests?: TRequest[] };
  type THistogram = { average: number; p50: number; p99: number; total: number };
  type TResult = {
    requests: THistogram;
    latency: THistogram;
    errors: number;
    timeouts: number;
    non2xx: number;
    statusCodeStats: Record<string, { count: number }>;
  };
  export default function autocannon(opts: TOptions): Promise<TResult>;
}
