// fetch reaches only declared hosts over https, never private/loopback/link-local/metadata addresses,
// checked after DNS and on every redirect hop, with the connection pinned to the checked address.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isPublicAddress } from "@/lib/functions/http/addresses";
import { guardedFetch, ResponseTooLargeError, type TFetchPolicy } from "@/lib/functions/http/guarded-fetch";
import { checkUrl, HttpRefusedError } from "@/lib/functions/http/host-policy";
import { redactSecrets } from "@/lib/functions/http/redact";
import type { TLookup } from "@/lib/functions/http/resolve-host";
import { closeSandboxPool, runFunction, type TRunRequest } from "@/lib/functions/sandbox";
import { executeRun } from "@/lib/functions/sandbox/execute";
import { startTestApi, type TTestApi } from "./support/test-api";

let api: TTestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  closeSandboxPool();
  await api.close();
});

// Test DNS: names only these tests know. Nothing here asks a real resolver.
const fakeDns =
  (table: Record<string, string[]>, calls: string[] = []): TLookup =>
  async (host) => {
    calls.push(host);
    const answers = table[host];
    if (!answers) throw new Error("ENOTFOUND");
    return answers.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
  };

const fetchSource = (url: string) =>
  `export async function run({ fetch }) { const r = await fetch(${JSON.stringify(url)}); return { status: r.status, body: await r.text() }; }`;

const request = (url: string, extra: Partial<TRunRequest> = {}): TRunRequest => ({
  source: fetchSource(url),
  handler: "run",
  input: null,
  secrets: {},
  state: null,
  allowedHosts: [],
  allowHttp: true,
  ...extra,
});

describe("addresses", () => {
  it.each([
    "127.0.0.1",
    "127.8.9.10",
    "10.0.0.1",
    "172.16.5.4",
    "192.168.1.1",
    "169.254.169.254",
    "100.100.100.200",
    "0.0.0.0",
    "255.255.255.255",
    "224.0.0.1",
    "::1",
    "::",
    "fe80::1",
    "fd00:ec2::254",
    "fc00::1",
    "::ffff:127.0.0.1",
    "::ffff:7f00:1",
    "::ffff:169.254.169.254",
    "::ffff:10.0.0.1",
    "64:ff9b::a00:1",
    "2002:7f00:1::",
    "ff02::1",
    "2001:db8::1",
    "not-an-ip",
  ])("refuses %s", (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each(["93.184.216.34", "1.1.1.1", "2606:4700:4700::1111", "::ffff:93.184.216.34"])("allows %s", (address) => {
    expect(isPublicAddress(address)).toBe(true);
  });
});

describe("declared hosts and schemes", () => {
  const opts = { allowedHosts: ["api.example.com", "*.prices.example", "127.0.0.1:8080"], allowHttp: false };
  it("accepts declared hosts over https", () => {
    expect(checkUrl("https://api.example.com/x", opts).host).toBe("api.example.com");
    expect(checkUrl("https://eu.prices.example/x", opts).host).toBe("eu.prices.example");
  });
  it.each([
    ["https://evil.example/", "evil.example is not one of the hosts this function declared"],
    ["https://prices.example/", "prices.example is not one of the hosts this function declared"],
    ["https://api.example.com.evil.example/", "not one of the hosts"],
    ["http://api.example.com/", "only https:// addresses are allowed"],
    ["https://127.0.0.1:9090/", "127.0.0.1:9090 is not one of the hosts"],
    ["https://user:pw@api.example.com/", "user name or password"],
    ["file:///etc/passwd", "only https://"],
  ])("refuses %s", (url, message) => {
    expect(() => checkUrl(url, opts)).toThrow(HttpRefusedError);
    expect(() => checkUrl(url, opts)).toThrow(message);
  });
});

describe("fetch from a function", () => {
  it("refuses a host the function did not declare, before any connection", async () => {
    const before = api.hits.length;
    const result = await runFunction(
      request(`${api.origin}/price`, { allowedHosts: ["api.example.com"], allowPrivateAddresses: true }),
    );
    expect(result.error).toEqual({
      code: "http-refused",
      message: `fetch refused: ${api.host} is not one of the hosts this function declared`,
    });
    expect(api.hits.length).toBe(before);
  }, 20_000);

  it("refuses loopback (127.0.0.1) without the test-only setting, and reaches it with it", async () => {
    const before = api.hits.length;
    const refused = await runFunction(request(`${api.origin}/price`, { allowedHosts: [api.host] }));
    expect(refused.error?.code).toBe("http-refused");
    expect(refused.error?.message).toContain("127.0.0.1, a private, local or metadata address");
    expect(api.hits.length).toBe(before);
    const allowed = await runFunction(
      request(`${api.origin}/price`, { allowedHosts: [api.host], allowPrivateAddresses: true }),
    );
    expect(allowed.output).toEqual({ status: 200, body: '{"symbol":"DOT","price":4.2175}' });
  }, 20_000);

  it("refuses plain http unless the development flag allows it", async () => {
    const result = await runFunction(
      request(`${api.origin}/price`, { allowedHosts: [api.host], allowHttp: false, allowPrivateAddresses: true }),
    );
    expect(result.error?.message).toContain("only https:// addresses are allowed");
  }, 20_000);

  it.each([
    "http://169.254.169.254/latest/meta-data/",
    "http://[::1]:80/",
    "http://[::ffff:127.0.0.1]/",
    "http://[fd00:ec2::254]/",
  ])(
    "refuses the metadata / loopback address %s even when declared",
    async (url) => {
      const host = new URL(url).host;
      const result = await runFunction(request(url, { allowedHosts: [host] }));
      expect(result.error?.code).toBe("http-refused");
      expect(result.error?.message).toContain("a private, local or metadata address");
    },
    20_000,
  );

  it("refuses a declared name that resolves to a private address", async () => {
    const lookup = fakeDns({ "prices.test": ["10.20.30.40"] });
    const result = await executeRun(request("https://prices.test/price", { allowedHosts: ["prices.test"] }), {
      lookup,
    });
    expect(result.error).toEqual({
      code: "http-refused",
      message:
        "fetch refused: prices.test leads to 10.20.30.40, a private, local or metadata address, which functions may not reach",
    });
  });

  it("refuses a name whose answers mix a public and a private address", async () => {
    const lookup = fakeDns({ "mixed.test": ["93.184.216.34", "169.254.169.254"] });
    const result = await executeRun(request("https://mixed.test/", { allowedHosts: ["mixed.test"] }), { lookup });
    expect(result.error?.message).toContain("169.254.169.254");
  });

  it("checks every redirect hop: a redirect to a name that resolves to the metadata address is refused", async () => {
    const calls: string[] = [];
    const lookup = fakeDns({ "api.test": ["127.0.0.1"], "internal.test": ["169.254.169.254"] }, calls);
    const to = `http://internal.test:${api.port}/price`;
    const result = await executeRun(
      request(`http://api.test:${api.port}/redirect?to=${encodeURIComponent(to)}`, {
        allowedHosts: ["api.test", "internal.test"],
      }),
      { lookup, allowedPrivateAddresses: ["127.0.0.1"] },
    );
    expect(result.error?.code).toBe("http-refused");
    expect(result.error?.message).toContain("internal.test leads to 169.254.169.254");
    expect(calls).toEqual(["api.test", "internal.test"]);
  });

  it("checks every redirect hop: a redirect to an undeclared host or to loopback is refused", async () => {
    const lookup = fakeDns({ "api.test": ["127.0.0.1"] });
    const hooks = { lookup, allowedPrivateAddresses: ["127.0.0.1"] };
    const undeclared = await executeRun(
      request(`http://api.test:${api.port}/redirect?to=${encodeURIComponent("https://evil.example/")}`, {
        allowedHosts: ["api.test"],
      }),
      hooks,
    );
    expect(undeclared.error?.message).toContain("evil.example is not one of the hosts");
    const loopback = await executeRun(
      request(`http://api.test:${api.port}/redirect?to=${encodeURIComponent("http://127.0.0.2/")}`, {
        allowedHosts: ["api.test", "127.0.0.2"],
      }),
      hooks,
    );
    expect(loopback.error?.message).toContain("127.0.0.2, a private, local or metadata address");
  });

  it("follows an allowed redirect, pins the connection to the checked address and records the hop", async () => {
    const calls: string[] = [];
    // Only the test's own resolver knows api.test: the request reaching the server proves Node connected
    // to the address we checked rather than asking DNS again.
    const lookup = fakeDns({ "api.test": ["127.0.0.1"] }, calls);
    const before = api.hits.length;
    const result = await executeRun(
      request(`http://api.test:${api.port}/redirect?to=/price`, { allowedHosts: ["api.test"] }),
      { lookup, allowedPrivateAddresses: ["127.0.0.1"] },
    );
    expect(result.output).toEqual({ status: 200, body: '{"symbol":"DOT","price":4.2175}' });
    expect(calls).toEqual(["api.test", "api.test"]);
    expect(api.hits.slice(before)).toEqual([
      `GET /redirect?to=/price host=api.test:${api.port}`,
      `GET /price host=api.test:${api.port}`,
    ]);
    expect(result.http[0].redirects).toEqual([`http://api.test:${api.port}/price`]);
  });

  it("redacts secrets in recorded URLs, logs, bodies and errors", async () => {
    const secret = "sk_live_0123456789";
    const source = `export async function run({ fetch, secrets }) {
      console.log("using", secrets.key, "and", encodeURIComponent(secrets.key + "/x"));
      const r = await fetch("${api.origin}/echo?key=" + secrets.key);
      const body = await r.text();
      throw new Error("bad answer " + body + " for " + secrets.key);
    }`;
    const result = await runFunction({
      ...request(""),
      source,
      secrets: { key: secret },
      allowedHosts: [api.host],
      allowPrivateAddresses: true,
    });
    const everything = JSON.stringify(result);
    expect(everything).not.toContain(secret);
    expect(result.http[0].url).toBe(`${api.origin}/echo?key=[redacted]`);
    expect(result.logs[0]).toBe("using [redacted] and [redacted]%2Fx");
    expect(result.bodies[0].body).toBe("?key=[redacted]");
    expect(result.error?.message).toBe("the function failed: Error: bad answer ?key=[redacted] for [redacted]");
  }, 20_000);
});

describe("guardedFetch", () => {
  const policy = (extra: Partial<TFetchPolicy> = {}): TFetchPolicy => ({
    allowedHosts: [api.host],
    allowHttp: true,
    allowPrivateAddresses: true,
    maxResponseBytes: 100_000,
    timeoutMs: 2000,
    ...extra,
  });
  const get = { method: "GET", headers: {}, body: null };

  it("caps a chunked body while it streams", async () => {
    await expect(guardedFetch(`${api.origin}/big?bytes=1048576`, get, policy())).rejects.toBeInstanceOf(
      ResponseTooLargeError,
    );
  });

  it("times out a slow answer", async () => {
    await expect(guardedFetch(`${api.origin}/slow?ms=3000`, get, policy({ timeoutMs: 200 }))).rejects.toThrow(
      /timed out|abort/i,
    );
  });

  it("refuses loopback when private addresses are not allowed", async () => {
    await expect(
      guardedFetch(`${api.origin}/price`, get, policy({ allowPrivateAddresses: false })),
    ).rejects.toBeInstanceOf(HttpRefusedError);
  });
});

describe("redactSecrets", () => {
  it("replaces every form of every secret, longest first", () => {
    const secrets = { a: "abc def", b: "abc def/ghi" };
    expect(redactSecrets("x abc def/ghi y abc%20def z abc def", secrets)).toBe(
      "x [redacted] y [redacted] z [redacted]",
    );
  });
});
