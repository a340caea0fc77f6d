// Small helpers shared by the benchmark scripts: timing runs and reporting percentiles.
export function percentile(sortedMs: number[], p: number): number {
  if (sortedMs.length === 0) return NaN;
  const i = Math.min(sortedMs.length - 1, Math.max(0, Math.ceil((p / 100) * sortedMs.length) - 1));
  return sortedMs[i];
}

export async function timeRuns(runs: number, fn: (i: number) => Promise<unknown>) {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn(i);
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  return { runs, p50: percentile(samples, 50), p95: percentile(samples, 95), max: samples[samples.length - 1] };
}

export function verdict(value: number, target: number) {
  return value <= target ? `OK (target ≤ ${target})` : `OVER TARGET (≤ ${target})`;
}

export const fmtMs = (ms: number) => `${ms.toFixed(1)} ms`;
export const fmtKb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
