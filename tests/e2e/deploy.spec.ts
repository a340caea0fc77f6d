// Deploying a brick as a builder would, in Chromium with an injected test wallet that signs both
// messages (sign-in) and transaction payloads: sign in → the price feed oracle → its form (wrong
// values first, each with its message) → the link field checked live → review with the dry-run →
// deploy (the wallet signs) → the instance finalized with its code hash verified → the link step
// (second signature) verified on chain → the team dashboard. Screenshots: .tmp/screenshots/deploy-*.png.
import { expect, test } from "@playwright/test";
import type { ApiPromise } from "@polkadot/api";
import { installTestWallet, signInWithWallet, testAccount } from "./fixtures/wallet";
import { addPayloadSigning } from "./fixtures/deploy-wallet";
import { checkPage } from "./fixtures/page-checks";
import { connectChain, deployConsumer, fund } from "./fixtures/deploy-chain";

const shot = (name: string) => ({ path: `.tmp/screenshots/deploy-${name}.png`, fullPage: true });
let api: ApiPromise;

test.beforeAll(async () => {
  api = await connectChain();
});
test.afterAll(async () => {
  await api?.disconnect();
});

test("deploy a price feed linked to my contract, follow it live, find it on the dashboard", async ({ page }) => {
  test.setTimeout(180_000);
  const dana = testAccount("Dana");
  const wallet = await installTestWallet(page, [dana]);
  const signing = await addPayloadSigning(page, api, wallet.pairs);
  const me = wallet.pairs[0].address;
  await fund(api, me);
  const myContract = await deployConsumer(api, wallet.pairs[0]);

  await signInWithWallet(page, dana, "/bricks/price-feed-oracle");
  await expect(page.getByRole("heading", { level: 1, name: "Price feed oracle" })).toBeVisible();
  await page.screenshot(shot("1-brick"));
  await page.getByRole("link", { name: "Use this brick" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Deploy Price feed oracle" })).toBeVisible();
  await expect(page.getByLabel("Network")).toContainText("Local dev chain");
  await page.screenshot(shot("2-form"));

  // Wrong answers first: each field says what is wrong, and nothing is sent.
  const form = page.getByRole("form", { name: "Price feed oracle settings" });
  await page.getByLabel("Instance name").fill("DOT price feed");
  await form.getByLabel("Decimal places").fill("40");
  await form.getByLabel("Reporters 1").fill("not-an-address");
  await form.getByLabel("Your contract").fill(me); // an account, not a contract
  await form.getByRole("button", { name: "Review" }).click();
  await expect(form.getByText("This field is required")).toBeVisible();
  await expect(form.getByText("Enter 18 or less")).toBeVisible();
  await expect(form.getByText("This is not a valid account address")).toBeVisible(); // under the entry itself
  const summary = page.getByTestId("issue-summary");
  await expect(summary).toContainText("Feed name");
  await expect(summary).toContainText("Reporters 1");
  // The contract check stands at its own field, and the summary counts every problem shown.
  await expect(form.getByTestId("link-status")).toContainText(
    "There is no contract at this address on Local dev chain",
  );
  await expect(summary).toContainText("Your contract");
  const listed = await summary.getByRole("listitem").count();
  await expect(summary).toContainText(`${listed} answers need attention`);
  await expect(page.getByTestId("char-count").first()).toBeVisible(); // the feed name's 64-character limit
  await page.screenshot(shot("3-invalid"));
  await checkPage(page, "deploy form with errors");

  await form.getByLabel("Feed name").fill("DOT / USD");
  await form.getByLabel("Decimal places").fill("8");
  await form.getByLabel("Reporters 1").fill(me);
  await form.getByLabel("Your contract").fill(myContract);
  await expect(page.getByTestId("link-status")).toContainText("answers on_price, set_feed");
  await expect(page.getByTestId("issue-summary")).toHaveCount(0);
  await page.screenshot(shot("4-valid"));

  await form.getByRole("button", { name: "Review" }).click();
  const review = page.getByTestId("review");
  await expect(review.getByTestId("dry-run")).toContainText("The deploy will succeed");
  await expect(review.getByTestId("storage-deposit")).toHaveText(/\d.* PAS$/);
  await expect(review.getByTestId("review-answers")).toContainText("DOT / USD");
  // Plain words first: what it costs, with the token named; the technical details are folded.
  await expect(review.getByTestId("review-cost")).toContainText(
    /You will pay about .* PAS \(the network’s fee\) and lock .* PAS \(a deposit/,
  );
  await expect(review.getByTestId("review-cost")).toContainText("PAS is the token of Local dev chain");
  await expect(review.getByText("Encoded call data")).toBeHidden();
  await expect(review).toContainText(myContract);
  await page.screenshot(shot("5-review"));
  await checkPage(page, "deploy review");

  // Cancelling in the wallet sends nothing; trying again signs the same prepared deployment.
  signing.setMode("reject");
  await page.getByRole("button", { name: "Deploy — sign with your wallet" }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "You cancelled the signature in your wallet. Nothing was sent." }),
  ).toBeVisible();
  await page.screenshot(shot("5b-cancelled"));
  signing.setMode("sign");
  await page.getByRole("button", { name: "Deploy — sign with your wallet" }).click();
  await page.waitForURL(/\/instances\//);
  await expect(page.getByTestId("deployment-status")).toHaveAttribute("data-status", "finalized", { timeout: 30_000 });
  await expect(page.getByTestId("code-hash-check")).toContainText("✓ Matches the published code");
  await expect(page.getByTestId("instance-address").locator("span[title]").first()).toHaveText(/^5\w{47}$/);
  await expect(page.getByRole("list", { name: "Contract events" })).toContainText("ConsumerSet");
  await page.screenshot(shot("6-finalized"));
  await checkPage(page, "instance page");

  await page.getByRole("button", { name: "Link your contract — sign with your wallet" }).click();
  await expect(page.getByTestId("link-check")).toContainText("✓ Link verified on chain", { timeout: 30_000 });
  await expect(page.getByRole("list", { name: "Timeline" })).toContainText("verified the link on chain");
  expect(signing.count()).toBe(2);
  // The wallet was offered the chain's metadata (once: it then knows this runtime), so a real
  // extension decodes the calls it signs instead of showing "method data 0x…".
  const offers = wallet.metadataOffers();
  expect(offers).toHaveLength(1);
  expect(offers[0]).toMatchObject({
    genesisHash: await api.genesisHash.toHex(),
    specVersion: api.runtimeVersion.specVersion.toNumber(),
    ss58Format: 42,
    tokenSymbol: "PAS",
  });
  expect(offers[0].tokenDecimals).toBe(10); // the seeded network's decimals
  expect(offers[0].metaCallsBytes).toBeGreaterThan(1000);
  await page.screenshot(shot("7-linked"));

  await page.getByRole("link", { name: /· deployments$/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: /deployments$/ })).toBeVisible();
  await page.getByLabel("Search").fill("DOT price");
  await page.getByLabel("Status").selectOption("linked");
  await page.getByRole("button", { name: "Filter" }).click();
  const table = page.getByRole("table", { name: "Instances" });
  await expect(table.getByRole("link", { name: "DOT price feed" })).toBeVisible();
  await expect(table).toContainText("✓ linked");
  await page.screenshot(shot("8-dashboard"));
  await checkPage(page, "team dashboard with an instance");
  await page.getByLabel("Status").selectOption("failed");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByText("No instance matches these filters.")).toBeVisible();
});
