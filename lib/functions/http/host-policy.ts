// Which URLs a function may ask for at all, before any DNS: the scheme (https, http only with the
// development flag) and the host (one the function declared). Checked again on every redirect hop.
import { stripBrackets } from "./addresses";

export class HttpRefusedError extends Error {
  readonly code = "http-refused";
}

export type THostRule = { host: string; port: string | null; wildcard: boolean };

/** "api.example.com", "*.example.com" (any subdomain, not the bare domain), "127.0.0.1:8080", "[::1]:80". */
export function parseHostRule(entry: string): THostRule {
  const raw = entry.trim().toLowerCase();
  if (!raw || /[/?#@\s]/.test(raw)) throw new HttpRefusedError(`"${entry}" is not a host name`);
  const wildcard = raw.startsWith("*.");
  const rest = wildcard ? raw.slice(2) : raw;
  const match = /^(\[[0-9a-f:.]+\]|[^:]+)(?::(\d{1,5}))?$/.exec(rest);
  if (!match) throw new HttpRefusedError(`"${entry}" is not a host name`);
  return { host: stripBrackets(match[1]), port: match[2] ?? null, wildcard };
}

function defaultPort(protocol: string): string {
  return protocol === "http:" ? "80" : "443";
}

export function hostAllowed(url: URL, allowedHosts: string[]): boolean {
  const host = stripBrackets(url.hostname.toLowerCase()).replace(/\.$/, "");
  const port = url.port || defaultPort(url.protocol);
  return allowedHosts.some((entry) => {
    const rule = parseHostRule(entry);
    const hostOk = rule.wildcard ? host.endsWith(`.${rule.host}`) : host === rule.host;
    return hostOk && (rule.port === null || rule.port === port);
  });
}

/** Parses and checks one URL (the first request or a redirect target); throws HttpRefusedError. */
export function checkUrl(raw: string, opts: { allowedHosts: string[]; allowHttp: boolean }): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    // A malformed URL is the function's own mistake, not a policy breach: fetch rejects, the run goes on.
    throw new TypeError(`"${raw.slice(0, 200)}" is not a valid URL`);
  }
  if (url.protocol !== "https:" && !(url.protocol === "http:" && opts.allowHttp)) {
    throw new HttpRefusedError(`only https:// addresses are allowed (got ${url.protocol}//)`);
  }
  if (url.username || url.password) throw new HttpRefusedError("addresses with a user name or password are refused");
  if (!hostAllowed(url, opts.allowedHosts)) {
    throw new HttpRefusedError(`${url.host} is not one of the hosts this function declared`);
  }
  return url;
}
