// A builder deploys the OpenZeppelin ERC-20 brick (Solidity, resolc PolkaVM code) on the revive
// chain from the browser: fills the form generated from its config schema, reads the dry-run in
// words (the one-time account link explained, the H160 the token will get), signs the link and the
// deploy with the injected wallet, and sees the instance finalized with its code hash verified and
// the token read back through the brick's queries (name, symbol, total supply, their own balance)
// and its mint log decoded on the timeline.
// Screenshots: .tmp/screenshots/solidity-*.png (1280 and 412 px).
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

test("deploy the OpenZeppelin token on the revive chain and read it back", async ({ page }) => {
  test.setTimeout(240_000);
  // Not the account of the ink! v6 test: this one is not linked yet, so the mapping step shows.
  const sol = testAccount("Solveig");
  const wallet = await installTestWallet(page, [sol]);
  const signing = await addPayloadSigning(page, api, wallet.pairs);
  await fund(api, wallet.pairs[0].address);

  await signInWithWallet(page, sol, "/bricks/oz-erc20-token/deploy");
  await expect(
    page.getByRole("heading", { level: 1, name: "Deploy Token (Solidity, OpenZeppelin ERC-20)" }),
  ).toBeVisible();
  await page.getByLabel("Network").selectOption({ label: "Local revive chain" });
  await page.getByLabel("Instance name").fill("Guild credits");
  const form = page.getByRole("form", { name: "Token (Solidity, OpenZeppelin ERC-20) settings" });
  await form.getByLabel("Token name").fill("Guild Credits");
  await form.getByLabel("Symbol").fill("GLD");
  await form.getByLabel("Initial supply").fill("1000000.5");
  await form.getByRole("button", { name: "Review" }).click();

  const review = page.getByTestId("review");
  await expect(review.getByTestId("account-mapping")).toContainText("One-time step: link your account", {
    timeout: 30_000,
  });
  await expect(review).toContainText(/Its address will be 0x[0-9a-fA-F]{40}/);
  // The constructor's arguments as entered and as the contract receives them (base units, H160).
  await expect(review).toContainText("1000000500000000000000000");
  await expect(review).toContainText("Your account (it signs the deploy)");
  for (const width of [1280, 412]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `.tmp/screenshots/solidity-review-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });

  await page.getByRole("button", { name: "Link my account and deploy — two signatures" }).click();
  await page.waitForURL(/\/instances\//, { timeout: 60_000 });
  expect(signing.count()).toBe(2);
  // The page follows the deploy live; on a loaded machine its refresh can lag behind the instance's
  // polled values, so a reload (what a builder would do) settles it.
  await expect
    .poll(
      async () => {
        const status = await page.getByTestId("deployment-status").getAttribute("data-status");
        if (status !== "finalized") await page.reload();
        return status;
      },
      { timeout: 60_000, intervals: [5_000] },
    )
    .toBe("finalized");
  await expect(page.getByTestId("code-hash-check")).toContainText("✓ Matches");
  await expect(page.getByTestId("instance-address").locator("span[title]").first()).toHaveText(/^0x[0-9a-fA-F]{40}$/);
  await expect(page.getByTestId("query-value-name")).toHaveText("Guild Credits", { timeout: 30_000 });
  await expect(page.getByTestId("query-value-symbol")).toHaveText("GLD");
  await expect(page.getByTestId("query-value-total-supply")).toHaveText("1,000,000.5 GLD");
  await expect(page.getByTestId("query-value-my-balance")).toHaveText("1,000,000.5 GLD");
  await expect(page.getByTestId("query-value-owner")).toContainText("you");
  // The constructor's logs, decoded with the ABI: OpenZeppelin's mint is a Transfer from the zero address.
  await expect(page.getByTestId("contract-events")).toContainText("Transfer", { timeout: 30_000 });
  await expect(page.getByTestId("contract-events")).toContainText("— (new tokens)");
  for (const width of [1280, 412]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `.tmp/screenshots/solidity-instance-${width}.png`, fullPage: true });
  }
});
