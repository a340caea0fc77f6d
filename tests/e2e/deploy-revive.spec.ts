// Deploying to pallet-revive as a builder would: sign in, the ink! v6 switch brick on "Local revive
// chain", review (the one-time account link explained, H160 address), then one click: the wallet
// signs the account link (revive.mapAccount), then the deploy; the instance finalized with its code
// hash verified and its H160 explained. Screenshots: .tmp/screenshots/revive-*.png (1280 and 412 px).
import { expect, test } from "@playwright/test";
import { ApiPromise, WsProvider } from "@polkadot/api";
import { installTestWallet, signInWithWallet, testAccount } from "./fixtures/wallet";
import { addPayloadSigning } from "./fixtures/deploy-wallet";
import { fund } from "./fixtures/deploy-chain";

const REVIVE_WS = `ws://127.0.0.1:${process.env.E2E_REVIVE_CHAIN_PORT ?? 9965}`;
let api: ApiPromise;

test.beforeAll(async () => {
  api = await ApiPromise.create({ provider: new WsProvider(REVIVE_WS), noInitWarn: true });
});
test.afterAll(async () => {
  await api?.disconnect();
});

test("deploy an ink! v6 brick on the revive chain, linking my account first", async ({ page }) => {
  test.setTimeout(240_000);
  const rita = testAccount("Rita");
  const wallet = await installTestWallet(page, [rita]);
  const signing = await addPayloadSigning(page, api, wallet.pairs);
  await fund(api, wallet.pairs[0].address);

  await signInWithWallet(page, rita, "/bricks/ink-v6-flipper/deploy");
  await expect(page.getByRole("heading", { level: 1, name: "Deploy Switch (ink! v6)" })).toBeVisible();
  await page.getByLabel("Network").selectOption({ label: "Local revive chain" });
  await page.getByLabel("Instance name").fill("Lobby switch");
  await page.getByRole("form", { name: "Switch (ink! v6) settings" }).getByRole("button", { name: "Review" }).click();

  const review = page.getByTestId("review");
  await expect(review.getByTestId("account-mapping")).toContainText("One-time step: link your account", {
    timeout: 30_000,
  });
  await expect(review.getByTestId("dry-run-after-mapping")).toContainText("not linked to its contract address");
  await expect(review).toContainText(/Its address will be 0x[0-9a-fA-F]{40}/);
  for (const width of [1280, 412]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `.tmp/screenshots/revive-review-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });

  await page.getByRole("button", { name: "Link my account and deploy — two signatures" }).click();
  await page.waitForURL(/\/instances\//, { timeout: 90_000 });
  expect(signing.count()).toBe(2);
  await expect(page.getByTestId("deployment-status")).toHaveAttribute("data-status", "finalized", { timeout: 60_000 });
  await expect(page.getByTestId("code-hash-check")).toContainText("✓ Matches");
  await expect(page.getByTestId("instance-address").locator("span[title]").first()).toHaveText(/^0x[0-9a-fA-F]{40}$/);
  await expect(page.getByTestId("mapped-account")).toContainText(wallet.pairs[0].address);
  for (const width of [1280, 412]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `.tmp/screenshots/revive-instance-${width}.png`, fullPage: true });
  }
});
