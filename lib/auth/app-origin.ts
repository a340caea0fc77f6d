// Which site this server is, for the sign-in message's domain and URI. NEXTAUTH_URL wins when set
// (production: the Host header is then never trusted). Without it — the embedded setup on any
// port — the request's host is used, as next-auth itself does with AUTH_TRUST_HOST.
import "server-only";
import { env } from "@/lib/env";

type HeaderBag = Headers | Record<string, string | string[] | undefined>;

function header(headers: HeaderBag, name: string): string | undefined {
  const value = headers instanceof Headers ? headers.get(name) : headers[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first?.split(",")[0]?.trim() || undefined;
}

export function appOrigin(headers: HeaderBag): { origin: string; domain: string } {
  const configured = env().NEXTAUTH_URL;
  if (configured) {
    const url = new URL(configured);
    return { origin: url.origin, domain: url.host };
  }
  const host = header(headers, "x-forwarded-host") ?? header(headers, "host") ?? "localhost:3000";
  const proto = header(headers, "x-forwarded-proto") === "https" ? "https" : "http";
  const url = new URL(`${proto}://${host}`);
  return { origin: url.origin, domain: url.host };
}
