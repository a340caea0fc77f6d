// Fuzz suite (fast-check): ≥ 10,000 hostile inputs across every REST route and every server
// action's input path. For each: no 5xx, an answer within the time limit, and when refused (4xx),
// not one row inserted, changed or deleted anywhere (triggers on every table count writes, see
// fuzz/write-counter.ts; except the rate-limit counters, whose whole point is to count refused requests).
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, db } from "@/lib/db";
import { isWellFormed } from "@/lib/http/inspect-value";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { publishVersion } from "@/lib/publishing/publish-version";
import { createTeam } from "@/lib/teams/create-team";
import { hostileBody, hostileObject, hostileSegment } from "./fuzz/arbitraries";
import { ACTIONS, actionStatus, ROUTES, type TCtx, type TRouteTarget } from "./fuzz/targets";
import { installWriteCounter, type TWriteCounter } from "./fuzz/write-counter";
import { erc20Manifest, makePerson, REPORT, sharedBundle, slugFor } from "./publish-fixture";

// 10,000 inputs in npm test (FUZZ_TOTAL overrides it for a quick local run).
const TOTAL = Number(process.env.FUZZ_TOTAL ?? 10_000);
const RUNS_PER_TARGET = Math.ceil(TOTAL / (ROUTES.length + ACTIONS.length));
const HANG_MS = 15_000;
let ctx: TCtx;
let slug: string;
let writes: TWriteCounter;
const counted = { total: 0, refused: 0, byStatus: new Map<number, number>(), callMs: 0, checkMs: 0 };

function withTimeout<T>(p: Promise<T>, what: string): Promise<T> {
  return Promise.race([
    p,
    new Promise<T>((_, reject) =>
      setTimeout(() => reject(new Error(`${what} did not answer within ${HANG_MS} ms`)), HANG_MS).unref(),
    ),
  ]);
}

// One read per input: the counter after an input is the counter before the next one.
let lastCount = -1;

async function check(what: string, call: () => Promise<number>) {
  if (lastCount < 0) lastCount = await writes.read();
  const t0 = performance.now();
  const status = await withTimeout(call(), what);
  const t1 = performance.now();
  counted.total++;
  counted.byStatus.set(status, (counted.byStatus.get(status) ?? 0) + 1);
  expect(status, `${what} answered ${status}`).toBeLessThan(500);
  const now = await writes.read();
  const before = lastCount;
  lastCount = now; // before the expectation, so one failure is reported once, not for every later input
  if (status >= 400) {
    counted.refused++;
    expect(now, `${what} was refused (${status}) but wrote ${now - before} row(s)`).toBe(before);
  }
  counted.callMs += t1 - t0;
  counted.checkMs += performance.now() - t1;
}

function routeRequest(
  t: TRouteTarget,
  params: Record<string, string>,
  body: string | Uint8Array,
  auth: string | null,
  ip: string,
) {
  // A lone surrogate cannot be %-encoded (the handler still gets it raw through `params`).
  const encode = (v: string) => (isWellFormed(v) ? encodeURIComponent(v) : "%ED%A0%80");
  const path = t.path.replace(/:(\w+)/g, (_, k: string) => encode(params[k] ?? "x"));
  const headers: Record<string, string> = { "content-type": "application/json", "x-forwarded-for": ip };
  if (auth) headers.authorization = auth;
  const hasBody = t.method !== "GET" && t.method !== "DELETE";
  return new Request(`http://localhost:3000${path}`, {
    method: t.method,
    headers,
    body: hasBody ? (body as BodyInit) : undefined,
  });
}

beforeAll(async () => {
  const auditor = await makePerson("Fuzz auditor", "auditor");
  const team = await createTeam({ actorId: auditor.id, name: "Fuzz team" });
  const { token } = await createApiToken({ actorId: auditor.id, teamId: team.id, name: "fuzz" });
  slug = slugFor("fuzz");
  await publishVersion({
    actorId: auditor.id,
    manifest: erc20Manifest(slug, "1.0.0"),
    bundleText: sharedBundle("ink-v5-erc20"),
    report: REPORT,
    source: "api",
  });
  ctx = { token, actor: { id: auditor.id, address: auditor.pair.address }, ip: "10.0.0.1" };
  writes = await installWriteCounter(["RateLimiterFlexible"], { ApiToken: ["lastUsedAt"] });
});

afterAll(async () => {
  await writes?.remove();
});

describe("fuzz: the write check itself", () => {
  // The check must be able to fail: an insert, an update and a delete, each from a transaction (its
  // own connection) and from a second client (another connection, as another process would be).
  it("counts an insert, an update and a delete, from any connection", async () => {
    const before = await writes.read();
    const user = await db.$transaction(async (tx) => tx.user.create({ data: { name: "fuzz self-test" } }));
    expect(await writes.read()).toBe(before + 1);
    const other = createPrismaClient();
    try {
      await other.user.update({ where: { id: user.id }, data: { name: "changed" } });
      expect(await writes.read()).toBe(before + 2);
    } finally {
      await other.$disconnect();
    }
    await db.user.delete({ where: { id: user.id } });
    expect(await writes.read()).toBe(before + 3);
    expect(writes.tables.length).toBeGreaterThan(20);
  });
});

describe("fuzz: every REST route", () => {
  for (const t of ROUTES) {
    it(`${t.method} ${t.path} (${t.name})`, async () => {
      const params = fc.record(
        Object.fromEntries(
          t.params.map((p) => [p, hostileSegment(p === "slug" ? slug : p === "version" ? "1.0.0" : "x")]),
        ),
      );
      const auth = t.auth
        ? fc.oneof(
            { weight: 5, arbitrary: fc.constant(`Bearer ${ctx.token}`) },
            { weight: 1, arbitrary: fc.constantFrom(null, "Bearer byd_nope", "Basic x", "Bearer \u00ff") },
          )
        : fc.constant(null);
      let n = 0;
      await fc.assert(
        fc.asyncProperty(params, hostileBody(t.keys), auth, async (p, body, authorization) => {
          // Limits are real here too; the suite clears its counters so inputs reach the parsers.
          if (++n % 100 === 0) await db.rateLimiterFlexible.deleteMany({}); // not counted (see countSql)
          await check(
            t.name,
            async () =>
              (
                await t.handler(routeRequest(t, p, body, authorization, `10.1.${n % 250}.${n % 7}`), {
                  params: Promise.resolve(p),
                })
              ).status,
          );
        }),
        { numRuns: RUNS_PER_TARGET, endOnFailure: true },
      );
    });
  }
});

describe("fuzz: every server action's input", () => {
  for (const t of ACTIONS) {
    it(t.name, async () => {
      await fc.assert(
        fc.asyncProperty(hostileObject(t.keys), async (input) => {
          await check(t.name, () => actionStatus(() => t.run(input, ctx)));
        }),
        { numRuns: RUNS_PER_TARGET, endOnFailure: true },
      );
    });
  }

  it(`ran at least ${TOTAL} inputs, none answered 5xx`, () => {
    const statuses = JSON.stringify(Object.fromEntries([...counted.byStatus].sort((a, b) => a[0] - b[0])));
    console.log(
      `[fuzz] ${counted.total} inputs, ${counted.refused} refused; by status: ${statuses}; ${Math.round(counted.callMs)} ms in handlers, ${Math.round(counted.checkMs)} ms in write checks`,
    );
    expect(counted.total).toBeGreaterThanOrEqual(TOTAL);
    expect([...counted.byStatus.keys()].every((s) => s < 500)).toBe(true);
  });
});
