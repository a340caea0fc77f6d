// "Verify this run": re-run the same code on the same input and state with the recorded HTTP bodies, the
// recorded clock and random seed, and no network, then compare hashes with the receipt. Secrets are not
// available to a verifier: each is replaced by "[redacted]", the same text the receipt shows in URLs.
import "server-only";
import { REDACTED } from "../http/redact";
import { runFunction } from "../sandbox";
import { hashText } from "../sandbox/hash";
import type { TRecordedResponse, TRunResult } from "../sandbox/types";
import { hashJson } from "./hash-json";
import type { TReceipt, TSignedReceipt } from "./types";

export type TReplayOutcome = {
  /** true when the re-run produced the same output (and new state) hash as the receipt. */
  reproduced: boolean;
  /** Plain reasons when it did not. */
  problems: string[];
  outputHash: string | null;
  result: TRunResult | null;
};

export type TRecordedBody = { bodyHash: string; body: string };

export async function replayRun(
  signedOrReceipt: TSignedReceipt | TReceipt,
  source: string,
  bodies: TRecordedBody[],
  recorded: { input: unknown; state: unknown },
): Promise<TReplayOutcome> {
  const receipt = "receipt" in signedOrReceipt ? signedOrReceipt.receipt : signedOrReceipt;
  const problems: string[] = [];
  if (hashText(source) !== receipt.code.hash) problems.push("the code is not the code that ran");
  if (hashJson(recorded.input) !== receipt.inputHash) problems.push("the input is not the input of the run");
  if (hashJson(recorded.state) !== receipt.stateHash) problems.push("the state is not the state the run started from");
  const responses = recordedResponses(receipt, bodies, problems);
  if (problems.length > 0) return { reproduced: false, problems, outputHash: null, result: null };

  const result = await runFunction({
    source,
    handler: receipt.code.handler,
    input: recorded.input,
    state: recorded.state,
    secrets: Object.fromEntries(receipt.secretNames.map((name) => [name, REDACTED])),
    limits: receipt.limits ?? undefined,
    allowedHosts: [],
    replay: { responses, now: receipt.clock.now, seed: receipt.clock.seed },
  });
  compareRequests(receipt, result, problems);
  const outputHash = result.ok ? hashJson(result.output) : null;
  if (receipt.result.ok) {
    if (!result.ok) problems.push(`the re-run failed: ${result.error?.message ?? "unknown error"}`);
    else if (outputHash !== receipt.result.outputHash) problems.push("the re-run produced a different output");
    else if (hashJson(result.state) !== receipt.result.newStateHash)
      problems.push("the re-run produced a different state");
  } else if (result.ok || result.error?.code !== receipt.result.error?.code) {
    problems.push("the re-run did not fail the way the run did");
  }
  return { reproduced: problems.length === 0, problems, outputHash, result };
}

function recordedResponses(receipt: TReceipt, bodies: TRecordedBody[], problems: string[]): TRecordedResponse[] {
  const byHash = new Map(bodies.map((b) => [b.bodyHash, b.body]));
  return receipt.http.map((exchange, i) => {
    if (exchange.bodyHash === null) {
      return {
        url: exchange.url,
        status: exchange.status ?? 0,
        body: "",
        error: exchange.error ?? "the request failed",
      };
    }
    const body = byHash.get(exchange.bodyHash);
    if (body === undefined || hashText(body) !== exchange.bodyHash) {
      problems.push(`the recorded body of request ${i + 1} is missing or does not match its hash`);
      return { url: exchange.url, status: 0, body: "" };
    }
    return { url: exchange.url, status: exchange.status ?? 0, body };
  });
}

// The placeholder may appear URL-encoded in the re-run's URL where the run's URL had the encoded secret.
const normalize = (url: string) => url.split(encodeURIComponent(REDACTED)).join(REDACTED);

function compareRequests(receipt: TReceipt, result: TRunResult, problems: string[]): void {
  if (result.http.length !== receipt.http.length) {
    problems.push(`the re-run made ${result.http.length} web requests, the run made ${receipt.http.length}`);
    return;
  }
  result.http.forEach((exchange, i) => {
    const original = receipt.http[i];
    if (exchange.method !== original.method || normalize(exchange.url) !== normalize(original.url)) {
      problems.push(
        `request ${i + 1} differs: ${exchange.method} ${exchange.url} instead of ${original.method} ${original.url}`,
      );
    }
  });
}
