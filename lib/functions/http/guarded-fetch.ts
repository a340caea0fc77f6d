// The only way a function reaches the network. Each hop (the first request and every redirect, followed
// here by hand) is checked: declared host, https, public addresses after DNS. The connection is made to
// the address that was checked (a pinned lookup), the body is counted while it streams and cut at the
// cap, compressed bodies are not asked for (no zip bombs), and every hop shares one deadline.
import "server-only";
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { checkUrl, HttpRefusedError } from "./host-policy";
import { resolveHost, systemLookup, type TLookup, type TResolvedAddress } from "./resolve-host";

export class ResponseTooLargeError extends Error {
  readonly code = "response-size";
}

export type TFetchPolicy = {
  allowedHosts: string[];
  allowHttp: boolean;
  allowPrivateAddresses: boolean;
  /** Tests only: these exact private addresses are allowed (a local test server), all others refused. */
  allowedPrivateAddresses?: string[];
  maxResponseBytes: number;
  timeoutMs: number;
  maxRedirects?: number;
  lookup?: TLookup;
};

export type TFetchInit = { method: string; headers: Record<string, string>; body: string | null };

export type TFetchOutcome = { status: number; body: string; redirects: string[] };

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const DROPPED_ON_CROSS_HOST = ["authorization", "cookie", "proxy-authorization"];

export async function guardedFetch(
  rawUrl: string,
  init: TFetchInit,
  policy: TFetchPolicy,
  signal?: AbortSignal,
): Promise<TFetchOutcome> {
  const deadline = AbortSignal.timeout(Math.max(1, Math.floor(policy.timeoutMs)));
  const combined = signal ? AbortSignal.any([signal, deadline]) : deadline;
  const redirects: string[] = [];
  let url = checkUrl(rawUrl, policy);
  let current = init;
  for (let hop = 0; ; hop++) {
    const pinned = await resolveHost(url.hostname, {
      lookup: policy.lookup ?? systemLookup,
      allowPrivateAddresses: policy.allowPrivateAddresses,
      allowedPrivateAddresses: policy.allowedPrivateAddresses,
    });
    combined.throwIfAborted();
    const response = await requestOnce(url, current, pinned, policy.maxResponseBytes, combined);
    if (!REDIRECTS.has(response.status) || !response.location) {
      return { status: response.status, body: response.body, redirects };
    }
    if (hop >= (policy.maxRedirects ?? 5)) throw new Error("too many redirects");
    const next = checkUrl(new URL(response.location, url).toString(), policy);
    redirects.push(next.toString());
    current = redirectInit(current, response.status, url.host !== next.host);
    url = next;
  }
}

function redirectInit(init: TFetchInit, status: number, crossHost: boolean): TFetchInit {
  const toGet = status === 303 || ((status === 301 || status === 302) && init.method === "POST");
  const headers = Object.fromEntries(
    Object.entries(init.headers).filter(([k]) => {
      const key = k.toLowerCase();
      if (crossHost && DROPPED_ON_CROSS_HOST.includes(key)) return false;
      return !(toGet && (key === "content-type" || key === "content-length"));
    }),
  );
  return toGet ? { method: init.method === "HEAD" ? "HEAD" : "GET", headers, body: null } : { ...init, headers };
}

type TRawResponse = { status: number; location: string | null; body: string };

function requestOnce(
  url: URL,
  init: TFetchInit,
  pinned: TResolvedAddress,
  maxBytes: number,
  signal: AbortSignal,
): Promise<TRawResponse> {
  // Node may ask for every address (autoSelectFamily); either way it only ever gets the checked one.
  const lookup: LookupFunction = (_host, options, callback) => {
    if (options.all) (callback as (e: null, a: TResolvedAddress[]) => void)(null, [pinned]);
    else callback(null, pinned.address, pinned.family);
  };
  const client = url.protocol === "https:" ? https : http;
  return new Promise<TRawResponse>((resolve, reject) => {
    const req = client.request(
      url,
      {
        method: init.method,
        headers: { ...init.headers, "accept-encoding": "identity", "user-agent": "brickyard-function/1" },
        lookup,
        signal,
        agent: false,
      },
      (res) => {
        const status = res.statusCode ?? 0;
        const location = typeof res.headers.location === "string" ? res.headers.location : null;
        if (REDIRECTS.has(status) && location) {
          res.resume();
          resolve({ status, location, body: "" });
          return;
        }
        const declared = Number(res.headers["content-length"] ?? "0");
        if (declared > maxBytes) {
          reject(new ResponseTooLargeError(`the response from ${url.host} is larger than allowed`));
          res.destroy();
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        res.on("data", (chunk: Buffer) => {
          size += chunk.length;
          if (size > maxBytes) {
            // Reject first: destroying the stream emits its own "closed early" error right away.
            reject(new ResponseTooLargeError(`the response from ${url.host} is larger than allowed`));
            res.destroy();
            return;
          }
          chunks.push(chunk);
        });
        res.on("end", () => resolve({ status, location, body: Buffer.concat(chunks).toString("utf8") }));
        res.on("error", reject);
        res.on("aborted", () => reject(new Error("the connection was closed before the response ended")));
      },
    );
    req.on("error", (error) => reject(signal.aborted ? new Error("the web request timed out") : error));
    if (init.body !== null) req.write(init.body);
    req.end();
  });
}

export { HttpRefusedError };
