// Networks without code: //Alice (platform admin) adds a second local chopsticks chain by its URL on
// /admin/networks (checked live), a builder with an empty account gets test tokens on the review,
// deploys a fungible token there, and the instance page and dashboard link every address and hash
// to the explorer template the admin set. Screenshots: .tmp/screenshots/networks-*.png (1280 / 412).
import { expect, test, type Page } from "@playwright/test";
import type { ApiPromise } from "@polkadot/api";
import { connectApi } from "@/lib/chain/connect";
import { startDevChain, type TDevChain } from "@/lib/chain/dev-chain";
import { installTestWallet, signInWithWallet, testAccount, type TestAccount } from "./fixtures/wallet";
import { addPayloadSigning } from "./fixtures/deploy-wallet";

const ALICE: TestAccount = { name: "Alice", uri: "//Alice", type: "sr25519" };
const shots = async (page: Page, name: string) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: `.tmp/screenshots/networks-${name}-1280.png`, fullPage: true });
  await page.setViewportSize({ width: 412, height: 915 });
  await page.screenshot({ path: `.tmp/screenshots/networks-${name}-412.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
};

let second: TDevChain;
let api2: ApiPromise;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  second = await startDevChain({ port: Number(process.env.E2E_SECOND_CHAIN_PORT ?? 0) });
  api2 = await connectApi(second.wsUrl, { timeoutMs: 30_000 });
});
test.afterAll(async () => {
  await api2?.disconnect();
  await second?.close();
});

test("an admin adds a second chain by URL, a builder gets test tokens and deploys there, with explorer links", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const slug = `second-${Date.now().toString(36)}`;

  // The admin adds the chain: a wrong URL first (refused in one sentence), then the real one.
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await installTestWallet(admin, [ALICE]);
  await signInWithWallet(admin, ALICE, "/admin/networks");
  await expect(admin.getByRole("heading", { level: 1, name: "Networks" })).toBeVisible();
  const form = admin.getByRole("form", { name: "Add a network" });
  await form.getByLabel("RPC URL").fill("ws://127.0.0.1:1");
  await form.getByLabel("Short name").fill(slug);
  await form.getByLabel("Name people see").fill("Second chain");
  await form.getByRole("button", { name: "Check and add" }).click();
  await expect(form.getByRole("alert")).toContainText("unreachable: nothing is listening there");
  await form.getByLabel("RPC URL").fill(second.wsUrl);
  await form.getByLabel("Explorer link for accounts (optional)").fill("https://explorer.example/account/{address}");
  await form.getByLabel("Explorer link for transactions (optional)").fill("https://explorer.example/extrinsic/{hash}");
  await form.getByLabel("Explorer link for blocks (optional)").fill("https://explorer.example/block/{hash}");
  await form.getByLabel("Dev chain (Brickyard hands out test tokens)").check();
  await form.getByRole("button", { name: "Check and add" }).click();
  await expect(form.getByRole("status")).toContainText("Second chain added", { timeout: 30_000 });
  const row = admin.getByTestId("network-row").and(admin.locator(`[data-slug="${slug}"]`));
  await admin.reload();
  await expect(row.getByTestId("reachable")).toBeVisible();
  await expect(row).toContainText(api2.genesisHash.toHex());
  await expect(row.getByTestId("last-block")).toContainText("#");
  await shots(admin, "1-admin");

  // A builder with an empty account on the second chain.
  const page = await (await browser.newContext()).newPage();
  const bea = testAccount(`Bea${Date.now().toString(36)}`);
  const wallet = await installTestWallet(page, [bea]);
  await addPayloadSigning(page, api2, wallet.pairs);
  await signInWithWallet(page, bea, "/bricks/fungible-token/deploy");
  await expect(page.getByRole("heading", { level: 1, name: "Deploy Fungible token" })).toBeVisible();
  await page.getByLabel("Network").selectOption({ label: "Second chain" });
  await page.getByLabel("Instance name").fill("Coin on the second chain");
  const settings = page.getByRole("form", { name: "Fungible token settings" });
  await settings.getByLabel("Token name").fill("Second Coin");
  await settings.getByLabel("Symbol").fill("SEC");
  await settings.getByLabel("Initial supply").fill("1000");
  await settings.getByRole("button", { name: "Review" }).click();
  const review = page.getByTestId("review");
  await expect(review.getByTestId("low-balance")).toBeVisible({ timeout: 30_000 });
  await expect(review.getByTestId("review-address").getByTestId("explorer-link")).toHaveAttribute(
    "href",
    /^https:\/\/explorer\.example\/account\/5/,
  );
  await shots(page, "2-review-low-balance");
  await review.getByRole("button", { name: "Get test tokens" }).click();
  await expect(review.getByTestId("dry-run")).toContainText("The deploy will succeed", { timeout: 60_000 });
  await expect(review.getByTestId("low-balance")).toHaveCount(0);
  await shots(page, "3-review-funded");

  await page.getByRole("button", { name: "Deploy — sign with your wallet" }).click();
  await page.waitForURL(/\/instances\//);
  await expect(page.getByTestId("deployment-status")).toHaveAttribute("data-status", "finalized", { timeout: 60_000 });
  const address = page.getByTestId("instance-address");
  await expect(address.getByTestId("explorer-link")).toHaveAttribute(
    "href",
    /^https:\/\/explorer\.example\/account\/5/,
  );
  await expect(page.getByTestId("instance-tx").getByTestId("explorer-link")).toHaveAttribute(
    "href",
    /^https:\/\/explorer\.example\/extrinsic\/0x[0-9a-f]{64}$/,
  );
  await expect(page.getByTestId("instance-block").getByTestId("explorer-link")).toHaveAttribute(
    "href",
    /^https:\/\/explorer\.example\/block\/0x[0-9a-f]{64}$/,
  );
  // The timeline's texts link their addresses and hashes too ("signed by 5… and sent (0x…)").
  const timeline = page.getByRole("list", { name: "Timeline" });
  await expect(timeline.getByTestId("explorer-link").first()).toHaveAttribute(
    "href",
    /^https:\/\/explorer\.example\/account\/5/,
  );
  await expect(timeline.locator('a[href^="https://explorer.example/extrinsic/0x"]').first()).toBeVisible();
  const onChain = (await address.locator("span[title]").first().getAttribute("title"))!;
  expect((await api2.query.contracts.contractInfoOf(onChain)).isSome).toBe(true);
  await shots(page, "4-instance");

  await page.getByRole("link", { name: /· deployments/ }).click();
  await expect(page.getByRole("table", { name: "Instances" }).getByTestId("explorer-link").first()).toHaveAttribute(
    "href",
    /explorer\.example\/account\//,
  );
  await shots(page, "5-dashboard");

  // The admin disables it again: the instance stays, the network leaves the deploy form.
  await row.getByRole("button", { name: "Disable" }).click({ trial: true });
  admin.once("dialog", (d) => void d.accept());
  await row.getByRole("button", { name: "Disable" }).click();
  await expect(row.getByText("disabled", { exact: true })).toBeVisible();
  await page.goto("/bricks/fungible-token/deploy");
  await expect(page.getByLabel("Network")).not.toContainText("Second chain");
  await expect(page.getByTestId("missing-networks")).toContainText("Second chain");
  await page.getByTestId("missing-networks").locator("summary").click();
  await expect(page.getByTestId("missing-networks")).toContainText("disabled by a platform admin");
  await shots(page, "6-deploy-missing");
  await adminContext.close();
});
