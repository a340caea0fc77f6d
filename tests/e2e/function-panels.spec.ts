// The function instance page's webhook and query panels (issue 13, part 2), in Chromium against the
// real server: a team member turns on the webhook and sees its secret once (gone after a reload);
// the query address refuses a call without a token, and once made public answers the value the
// function remembers. The functions are rows of the signed-in user's personal team running the seeded
// signup-allowlist and api-price-feed bricks, written into the e2e database by SQL: their full setup
// on chain (allowlist handed over, oracle authorized, runs delivered) is in the integration tests
// (function-brick-triggers, function-brick-configure). Screenshots: .tmp/screenshots/fn-5…8-*.png.
import { createClient } from "@libsql/client";
import { expect, test, type Page } from "@playwright/test";
import { installTestWallet, signInWithWallet, testAccount } from "./fixtures/wallet";

async function shots(page: Page, name: string) {
  for (const width of [1280, 412]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `.tmp/screenshots/fn-${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test("webhook secret shown once; query address behind a team token, then public", async ({ page }) => {
  test.setTimeout(120_000);
  const gus = testAccount("Gus");
  const wallet = await installTestWallet(page, [gus]);
  await signInWithWallet(page, gus, "/teams");
  const db = createClient({ url: "file:./.tmp/e2e-db/app.db" });
  const team = await db.execute({
    sql: `SELECT m."teamId", m."userId" FROM "Membership" m JOIN "WalletAccount" w ON w."userId" = m."userId" WHERE w."address" = ? LIMIT 1`,
    args: [wallet.pairs[0].address],
  });
  const { teamId, userId } = team.rows[0] as unknown as { teamId: string; userId: string };
  const add = async (id: string, slug: string, name: string, config: string, state: string) =>
    db.execute({
      sql: `INSERT INTO "FunctionInstance" ("id","teamId","name","source","sourceHash","config","enabled","state","nextSeq","brickVersionId","createdById","queryAccess","createdAt","updatedAt")
        SELECT ?, ?, ?, CAST(v."wasm" AS TEXT), v."codeHash", ?, 1, ?, 1, v."id", ?, 'token', 0, 0
        FROM "BrickVersion" v JOIN "Brick" b ON b."id" = v."brickId" WHERE b."slug" = ? ORDER BY v."versionSort" DESC LIMIT 1`,
      args: [id, teamId, name, config, state, userId, slug],
    });
  const t = Date.now();
  await add(`e2ewebhook${t}`, "signup-allowlist", "Sign-ups from my form", `{"input":{}}`, "null");
  await add(
    `e2equery${t}`,
    "api-price-feed",
    "DOT price",
    `{"input":{"url":"https://prices.example.com/dot","path":"price","decimals":8},"allowedHosts":["prices.example.com"]}`,
    `{"last":"475000000","at":${t}}`,
  );
  db.close();

  await page.goto(`/function-instances/e2ewebhook${t}`);
  await expect(page.getByRole("heading", { level: 2, name: "Webhook" })).toBeVisible();
  await shots(page, "5-webhook-off");
  await page.getByRole("button", { name: "Turn on the webhook" }).click();
  const secret = (await page.getByTestId("webhook-secret").textContent())!.trim();
  expect(secret).toMatch(/^whsec_/);
  await expect(page.getByTestId("webhook-url")).toContainText(`/api/functions/e2ewebhook${t}/webhook`);
  await shots(page, "6-webhook-secret");
  await page.reload();
  await expect(page.getByText(/On since/)).toBeVisible();
  await expect(page.locator("body")).not.toContainText(secret);
  await shots(page, "7-webhook-on");

  await page.goto(`/function-instances/e2equery${t}`);
  await expect(page.getByTestId("query-access")).toContainText("API tokens");
  const url = (await page.getByTestId("query-url").textContent())!.trim();
  expect((await page.request.get(url)).status()).toBe(401);
  await page.getByRole("button", { name: "Let anyone ask it" }).click();
  await expect(page.getByTestId("query-access")).toContainText("Anyone with the address");
  const answer = await page.request.get(url);
  expect(answer.status()).toBe(200);
  expect(((await answer.json()) as { answer: { price: string } }).answer.price).toBe("4.75");
  await page.getByText("Example call").click();
  await shots(page, "8-query");
});
