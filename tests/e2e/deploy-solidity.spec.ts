// A builder deploys the OpenZeppelin ERC-20 brick (Solidity, resolc PolkaVM code) on the revive
// chain from the browser: fills the form generated from its config schema, reads the dry-run in
// words (the one-time account link explained, the H160 the token will get), signs the link and the
// deploy with the injected wallet, and sees the instance finalized with its code hash verified and
// the token read back through the brick's queries (name, symbol, total supply, their own balance)
// and its mint log decoded on the timeline.
// Then the link step on revive: the builder deploys the Solidity price feed linked to a consumer
// contract they deployed with their own tools, sees the link field checked live (a wrong address
// form first), signs the deploy and the link transaction (setFeed on their contract), and sees the
// link verified on chain.
// Screenshots: .tmp/screenshots/solidity-*.png (1280 and 412 px).
import { expect, test } from "@playwright/test";
import { ApiPromise, WsProvider } from "@polkadot/api";
import { installTestWallet, signInWithWallet, testAccount } from "./fixtures/wallet";
import { addPayloadSigning } from "./fixtures/deploy-wallet";
import { fund } from "./fixtures/deploy-chain";
import { deploy, ensureMapped, loadSolBundle } from "@/bricks/_sol/revive-client";

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

test("deploy the Solidity price feed linked to the builder's own consumer, and verify the link", async ({ page }) => {
  test.setTimeout(240_000);
  const who = testAccount("Linnea");
  const wallet = await installTestWallet(page, [who]);
  const signing = await addPayloadSigning(page, api, wallet.pairs);
  const pair = wallet.pairs[0];
  await fund(api, pair.address);
  // The builder's own contract, deployed with their own tools (which map their account first).
  await ensureMapped(api, pair);
  const consumerBundle = await loadSolBundle("bricks/_examples/feed-consumer/dist/feed-consumer.sol.json");
  const consumer = (await deploy(api, pair, consumerBundle, [])).address;

  await signInWithWallet(page, who, "/bricks/oz-price-feed/deploy");
  await expect(page.getByRole("heading", { level: 1, name: "Deploy Price feed oracle (Solidity)" })).toBeVisible();
  await page.getByLabel("Network").selectOption({ label: "Local revive chain" });
  await page.getByLabel("Instance name").fill("DOT feed");
  const form = page.getByRole("form", { name: "Price feed oracle (Solidity) settings" });
  await form.getByLabel("Feed name").fill("DOT / USD");
  await form.getByLabel("Reporters 1").fill(pair.address);
  // An SS58 account where revive expects a contract's 0x address: said in words, at the field.
  await form.getByLabel("Your contract").fill(pair.address);
  const status = form.getByTestId("link-status");
  await expect(status).toContainText("Contracts on Local revive chain have Ethereum-style addresses", {
    timeout: 30_000,
  });
  for (const width of [1280, 412]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `.tmp/screenshots/solidity-link-wrong-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  await form.getByLabel("Your contract").fill(consumer.toLowerCase());
  await expect(status).toContainText("answers onPrice, setFeed, feed", { timeout: 30_000 });
  for (const width of [1280, 412]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `.tmp/screenshots/solidity-link-field-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });

  await form.getByRole("button", { name: "Review" }).click();
  const review = page.getByTestId("review");
  await expect(review.getByTestId("dry-run")).toContainText("The deploy will succeed", { timeout: 30_000 });
  await expect(review).toContainText(`linked to your contract ${consumer}`); // checksummed
  await page.getByRole("button", { name: "Deploy — sign with your wallet" }).click();
  await page.waitForURL(/\/instances\//, { timeout: 60_000 });
  const settle = async (read: () => Promise<string | null>, want: string) =>
    expect
      .poll(
        async () => {
          const value = await read();
          if (value !== want) await page.reload();
          return value;
        },
        { timeout: 60_000, intervals: [5_000] },
      )
      .toBe(want);
  await settle(() => page.getByTestId("deployment-status").getAttribute("data-status"), "finalized");
  await expect(page.getByTestId("code-hash-check")).toContainText("✓ Matches");

  await page.getByRole("button", { name: "Link your contract — sign with your wallet" }).click();
  // No reload while the page prepares, has the wallet sign and sends the link transaction.
  await expect.poll(() => signing.count(), { timeout: 90_000 }).toBe(2);
  await expect(page.getByText(/setFeed on your contract: (signed|in a block|final)/)).toBeVisible({ timeout: 30_000 });
  await settle(async () => {
    const text = (await page.getByTestId("link-check").textContent()) ?? "";
    return text.includes("Link verified on chain") ? "verified" : text;
  }, "verified");
  await expect(page.getByRole("list", { name: "Timeline" })).toContainText("verified the link on chain");
  for (const width of [1280, 412]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `.tmp/screenshots/solidity-linked-${width}.png`, fullPage: true });
  }
});
