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

// Edit with version history (issue 13, round 5): an operator opens "Edit" on a function connected to
// their price-feed oracle, changes the value to pick and switches it to run on the oracle's
// ReporterAdded event; the page then shows version 2 and what changed in words. The oracle is a
// deployment row written by SQL (its on-chain flow is in the function-brick-configure integration test).
// Screenshots: .tmp/screenshots/fn-9…11-*.png.
test("edit a function: the same form, a new configuration version, the history in words", async ({ page }) => {
  test.setTimeout(120_000);
  const ida = testAccount("Ida");
  const wallet = await installTestWallet(page, [ida]);
  await signInWithWallet(page, ida, "/teams");
  const db = createClient({ url: "file:./.tmp/e2e-db/app.db" });
  const team = await db.execute({
    sql: `SELECT m."teamId", m."userId" FROM "Membership" m JOIN "WalletAccount" w ON w."userId" = m."userId" WHERE w."address" = ? LIMIT 1`,
    args: [wallet.pairs[0].address],
  });
  const { teamId, userId } = team.rows[0] as unknown as { teamId: string; userId: string };
  const t = Date.now();
  const oracleId = `e2eoracle${t}`;
  // A price-feed oracle of the team (Bob's address stands in for the contract: nothing is sent to it here).
  await db.execute({
    sql: `INSERT INTO "Deployment" ("id","idempotencyKey","teamId","createdById","brickVersionId","networkId","name","config","constructorName","args","salt","status","address","createdAt","updatedAt")
      SELECT ?, ?, ?, ?, v."id", (SELECT "id" FROM "Network" ORDER BY "createdAt" LIMIT 1), 'DOT oracle', '{"decimals":8}', 'new', '[]', '0x00', 'finalized', '5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty', 0, 0
      FROM "BrickVersion" v JOIN "Brick" b ON b."id" = v."brickId" WHERE b."slug" = 'price-feed-oracle' ORDER BY v."versionSort" DESC LIMIT 1`,
    args: [oracleId, oracleId, teamId, userId],
  });
  const fnId = `e2eedit${t}`;
  await db.execute({
    sql: `INSERT INTO "FunctionInstance" ("id","teamId","name","source","sourceHash","config","enabled","state","nextSeq","brickVersionId","targetDeploymentId","createdById","queryAccess","createdAt","updatedAt")
      SELECT ?, ?, 'DOT price', CAST(v."wasm" AS TEXT), v."codeHash", ?, 1, 'null', 1, v."id", ?, ?, 'token', 0, 0
      FROM "BrickVersion" v JOIN "Brick" b ON b."id" = v."brickId" WHERE b."slug" = 'api-price-feed' ORDER BY v."versionSort" DESC LIMIT 1`,
    args: [
      fnId,
      teamId,
      `{"input":{"url":"https://prices.example.com/dot","path":"price","decimals":8},"allowedHosts":["prices.example.com"]}`,
      oracleId,
      userId,
    ],
  });
  db.close();

  await page.goto(`/function-instances/${fnId}`);
  await page.getByRole("link", { name: "Edit" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Edit DOT price" })).toBeVisible();
  await page.getByLabel("Value to pick").fill("data.price");
  await page.getByLabel("When it runs", { exact: true }).selectOption("on-event");
  await expect(page.getByLabel("Contract to listen to")).toContainText("DOT oracle (receives the value)");
  await expect(page.getByLabel("Event", { exact: true })).toHaveValue("ReporterAdded");
  await shots(page, "9-edit");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(new RegExp(`/function-instances/${fnId}$`));
  const history = page.getByTestId("config-history");
  await expect(history).toContainText("Version 2");
  await expect(history).toContainText("path: price → data.price");
  await expect(history).toContainText("When it runs: only on “Run now” → when ReporterAdded is emitted");
  await expect(page.getByText("When “DOT oracle” emits ReporterAdded")).toBeVisible();
  await shots(page, "10-history");

  await page.goto(`/functions/api-price-feed/configure`);
  await page.getByLabel("When it runs", { exact: true }).selectOption("on-event");
  await expect(page.getByLabel("Event", { exact: true })).toHaveValue("ReporterAdded");
  await shots(page, "11-configure-event");
});
