// The client's IP for per-IP rate limits. Next.js sets X-Forwarded-For to the socket's address when
// the request has none; behind a reverse proxy, the proxy must overwrite (not append to) the header,
// or clients could choose their own IP. Per-account limits hold either way.
export function clientIp(headers: Headers | Record<string, string | string[] | undefined>): string {
  const get = (name: string) => {
    if (headers instanceof Headers) return headers.get(name);
    const v = headers[name];
    return Array.isArray(v) ? v[0] : v;
  };
  const forwarded = get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || get("x-real-ip")?.trim() || "unknown";
}
