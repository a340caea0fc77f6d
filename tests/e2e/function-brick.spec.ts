// A builder turns a web API into a value in their own contract, without writing code (issue 13), in
// Chromium with the injected test wallet: deploy a price feed oracle linked to their contract →
// the API price feed function in the catalog → its form against a local test API (reached because the
// e2e server runs with the test-only FUNCTIONS_TEST_ALLOW_PRIVATE=1) → test run in words → save →
// authorize the function's account as a reporter with the wallet → fund it (dev chain) → run now →
// the run delivered, the oracle's value changed, the receipt verified. Screenshots: .tmp/screenshots/fn-*.png.
import http from "node:http";
import { expect, test, type Page } from "@playwright/test";
import type { ApiPromise } from "@polkadot/api";
import { installTestWallet, signInWithWallet, testAccount } from "./fixtures/wallet";
import { addPayloadSigning } from "./fixtures/deploy-wallet";
import { connectChain, deployConsumer, fund } from "./fixtures/deploy-chain";

let api: ApiPromise;
let server: http.Server;
let apiUrl: string;
const price = { value: "4.2" };

test.beforeAll(async () => {
  api = await connectChain();
  server = http.createServer((_req, res) => {
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ data: { dot: { usd: price.value } } }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  apiUrl = `http://127.0.0.1:${(server.address() as { port: number }).port}/price`;
});
test.afterAll(async () => {
  await api?.disconnect();
  await new Promise((r) => server?.close(r));
});

async function shots(page: Page, name: string) {
  for (const width of [1280, 412]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `.tmp/screenshots/fn-${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test("configure the API price feed against a local API, authorize it, run it now, and see the value on chain", async ({
  page,
}) => {
  test.setTimeout(300_000);
  const fay = testAccount("Fay");
  const wallet = await installTestWallet(page, [fay]);
  await addPayloadSigning(page, api, wallet.pairs);
  const me = wallet.pairs[0].address;
  await fund(api, me);
  const myContract = await deployConsumer(api, wallet.pairs[0]);

  // The oracle, deployed and linked as in deploy.spec.ts (the shortest path through the same pages).
  await signInWithWallet(page, fay, "/bricks/price-feed-oracle/deploy");
  const form = page.getByRole("form", { name: "Price feed oracle settings" });
  await page.getByLabel("Instance name").fill("Fay's DOT feed");
  await form.getByLabel("Feed name").fill("DOT / USD");
  await form.getByLabel("Decimal places").fill("8");
  await form.getByLabel("Reporters 1").fill(me);
  await form.getByLabel("Your contract").fill(myContract);
  await expect(page.getByTestId("link-status")).toContainText("answers on_price, set_feed");
  await form.getByRole("button", { name: "Review" }).click();
  await expect(page.getByTestId("review").getByTestId("dry-run")).toContainText("The deploy will succeed");
  await page.getByRole("button", { name: "Deploy — sign with your wallet" }).click();
  await page.waitForURL(/\/instances\//);
  const oracleUrl = page.url();
  await expect(page.getByTestId("deployment-status")).toHaveAttribute("data-status", "finalized", { timeout: 90_000 });
  // On a busy machine the first click can land while the page re-renders; click again only if nothing was sent.
  const linkButton = page.getByRole("button", { name: "Link your contract — sign with your wallet" });
  await expect(async () => {
    if ((await linkButton.isVisible()) && (await linkButton.isEnabled())) await linkButton.click();
    await expect(page.getByTestId("link-check")).toContainText("✓ Link verified on chain", { timeout: 20_000 });
  }).toPass({ timeout: 90_000 });

  // The function brick in the catalog, under the Function kind.
  await page.goto("/?kind=function");
  const card = page.getByRole("link", { name: "API price feed" });
  await expect(card).toBeVisible();
  await shots(page, "1-catalog");
  await card.click();
  await expect(page.getByRole("heading", { level: 1, name: "API price feed" })).toBeVisible();
  await shots(page, "2-brick");
  await page.getByRole("link", { name: "Use this function" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Set up API price feed" })).toBeVisible();

  const inputs = page.getByRole("form", { name: "Function inputs" });
  await inputs.getByLabel("Web address of the API").fill(apiUrl);
  await inputs.getByLabel("Value to pick").fill("data.dot.usd");
  await inputs.getByLabel("Decimal places of your oracle").fill("8");
  await page.getByLabel("API_KEY").fill("fay-secret-key");
  await page.getByRole("combobox", { name: "When it runs", exact: true }).selectOption("manual");
  await expect(page.getByLabel("Your contract that receives the value")).toContainText("Fay's DOT feed");
  await page.getByLabel("Name", { exact: true }).fill("DOT from my API");
  await page.getByRole("button", { name: "Test run" }).click();
  const report = page.getByTestId("test-run");
  await expect(report).toContainText("Test run finished", { timeout: 30_000 });
  await expect(report).toContainText(`GET ${apiUrl} → answered 200`);
  await expect(page.getByTestId("test-run-call")).toContainText("It would call report(420000000) on “Fay's DOT feed”");
  await expect(report).not.toContainText("fay-secret-key");
  await shots(page, "3-configure");

  await page.getByRole("button", { name: "Save and start" }).click();
  await page.waitForURL(/\/function-instances\//);
  await expect(page.getByRole("heading", { level: 1, name: "DOT from my API" })).toBeVisible();
  await expect(page.getByTestId("function-status")).toHaveText("active");
  await expect(page.getByText("API_KEY (set, hidden)")).toBeVisible();
  await expect(page.locator("body")).not.toContainText("fay-secret-key");

  // Authorize the function's account as a reporter: the oracle's own settings action, signed by the wallet.
  const authorize = page.getByTestId("settings-action-add-reporter");
  await authorize.getByRole("button", { name: "Add a reporter" }).click();
  await authorize.getByRole("button", { name: "Check (dry-run)" }).click();
  await expect(authorize.getByTestId("action-review")).toContainText("The dry-run passed");
  await authorize.getByRole("button", { name: "Sign with your wallet" }).click();
  await expect(authorize).toContainText("Sent.", { timeout: 30_000 });
  await page.getByRole("button", { name: "Fund its account (dev chain)" }).click();
  await expect(page.getByText(/sent to the function's account/)).toBeVisible({ timeout: 30_000 });
  await page.getByRole("button", { name: "Test run" }).click();
  await expect(page.getByTestId("test-run-call")).toContainText("The contract would accept report(420000000)", {
    timeout: 30_000,
  });

  price.value = "4.75";
  await page.getByRole("button", { name: "Run now" }).click();
  const run = page.getByTestId("function-run").first();
  await expect(run.getByTestId("run-delivery")).toContainText("delivered", { timeout: 60_000 });
  await expect(run).toContainText('{"value":475000000}');
  await run.getByRole("button", { name: "Verify this run" }).click();
  await expect(run.getByTestId("verify-result")).toContainText("Verified", { timeout: 30_000 });
  await shots(page, "4-instance");

  await page.goto(oracleUrl);
  await expect(page.getByTestId("query-value-latest-value")).toContainText("4.75", { timeout: 20_000 });
});
