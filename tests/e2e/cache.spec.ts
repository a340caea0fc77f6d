// Public pages come from Next.js's cache (and the front cache before it, scripts/serve.ts) and are
// revalidated exactly when a brick changes: a version published through the REST API shows on the
// (already cached) catalog and brick page at once, and yanking it removes the "Use this brick" (deploy)
// button at once.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { installTestWallet, signInWithWallet, type TestAccount } from "./fixtures/wallet";

const ALICE: TestAccount = { name: "Alice", uri: "//Alice", type: "sr25519" };
const ALICE_ADDRESS = "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY";
const FIXTURE = path.resolve(import.meta.dirname, "../fixtures/bricks/allowance-token");
const REPORT = {
  markdown: "# Audit\n\nWe reviewed every message of this token. Nothing blocks deployment.",
  scope: "all messages",
  findings: [],
};

/** Which cache answered: the front cache ("front") or Next.js's own ("next"); "none" for a render. */
function cachedBy(headers: Record<string, string>): string {
  if (headers["x-front-cache"] === "HIT") return "front";
  return headers["x-nextjs-cache"] === "HIT" ? "next" : "none";
}

/** Alice (platform admin) makes herself an auditor and creates an API token for her own team. */
async function aliceToken(page: Page): Promise<string> {
  await installTestWallet(page, [ALICE]);
  await signInWithWallet(page, ALICE, "/admin");
  const me = page.getByTestId("user-row").filter({ has: page.locator(`[title="${ALICE_ADDRESS}"]`) });
  const make = me.getByRole("button", { name: "Make auditor" });
  if (await make.isVisible()) await make.click();
  await expect(me.getByRole("button", { name: "Revoke auditor" })).toBeVisible();
  await page.goto("/teams");
  await page
    .getByRole("link", { name: /your personal team/ })
    .first()
    .click();
  await page.waitForURL(/\/teams\/[^/]+$/);
  await page.goto(`${page.url()}/tokens`);
  await page.getByLabel("Token name").fill(`cache-${Date.now()}`);
  await page.getByRole("button", { name: "Create token" }).click();
  return page.locator("#token-value").inputValue();
}

test("a publish shows on the cached pages at once, and a yank removes the deploy button at once", async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  const slug = `cached-token-${Date.now().toString(36)}`;
  const token = await aliceToken(page);
  expect(token).toMatch(/^byd_/);

  // Both pages are cached before the brick exists (the brick page as a cached 404).
  const catalog = await request.get("/");
  expect(await catalog.text()).not.toContain(slug);
  expect((await request.get(`/bricks/${slug}`)).status()).toBe(404);
  expect(cachedBy((await request.get("/")).headers())).toBe("front");

  const manifest = JSON.parse(readFileSync(path.join(FIXTURE, "brick.json"), "utf8")) as Record<string, unknown>;
  const bundle = readFileSync(path.resolve(FIXTURE, String(manifest.contract)), "utf8");
  const auth = { authorization: `Bearer ${token}` };
  const published = await request.post(`/api/v1/bricks/${slug}/versions`, {
    headers: auth,
    data: {
      manifest: {
        ...manifest,
        slug,
        name: `Cached ${slug}`,
        description: readFileSync(path.join(FIXTURE, "README.md"), "utf8"),
      },
      bundle,
      bundleName: "bundle.contract",
      report: REPORT,
    },
  });
  expect(published.status(), await published.text()).toBe(201);

  expect(await (await request.get("/")).text()).toContain(`Cached ${slug}`);
  await page.goto(`/bricks/${slug}`);
  await expect(page.getByRole("heading", { name: `Cached ${slug}` })).toBeVisible();
  await expect(page.getByRole("link", { name: "Use this brick" })).toBeVisible();
  expect(cachedBy((await request.get(`/bricks/${slug}`)).headers())).not.toBe("none");
  expect(cachedBy((await request.get(`/bricks/${slug}`)).headers())).toBe("front");

  const yanked = await request.post(`/api/v1/bricks/${slug}/versions/2.1.0/yank`, {
    headers: auth,
    data: { reason: "Withdrawn in a cache test." },
  });
  expect(yanked.status(), await yanked.text()).toBe(200);
  // The front cache held this page for anonymous visitors: it is dropped by the yank too.
  expect(await (await request.get(`/bricks/${slug}`)).text()).toContain('data-testid="no-deployable-version"');
  await page.goto(`/bricks/${slug}`);
  await expect(page.getByTestId("no-deployable-version")).toBeVisible();
  await expect(page.getByRole("link", { name: "Use this brick" })).toHaveCount(0);
});
