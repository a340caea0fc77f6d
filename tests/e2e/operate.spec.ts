// The "done when", in Chromium against the dev chain: a builder deploys a token, creates new
// tokens and sends some from the instance page (form → dry-run in words → wallet signature), sees
// the new balances and the events, exports the configuration (brickyard-config/1 JSON) and deploys it
// again on another network — a second local chopsticks chain that //Alice adds on /admin/networks,
// because the e2e's revive chain cannot run this pallet-contracts brick. A viewer invited to the team
// sees the actions disabled with the reason. Screenshots: .tmp/screenshots/operate-*.png (1280 / 412).
// A second test upgrades an allow-list to allowlist-registry 1.2.0 from its page (code upload, then
// set_code_hash, the code hash verified), then imports the builder's own contract (the example
// consumer, which no brick publishes) with its metadata and calls it as a watched contract.
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import type { ApiPromise } from "@polkadot/api";
import { installTestWallet, signInWithWallet, testAccount } from "./fixtures/wallet";
import { addPayloadSigning } from "./fixtures/deploy-wallet";
import { connectChain, deployConsumer, fund } from "./fixtures/deploy-chain";
import { addNetworkAsAdmin, startSecondChain, type SecondChain } from "./fixtures/add-network";

const shots = async (page: Page, name: string) => {
  for (const width of [1280, 412]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `.tmp/screenshots/operate-${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
};
let api: ApiPromise;
let second: SecondChain;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  [api, second] = await Promise.all([connectChain(), startSecondChain()]);
});
test.afterAll(async () => {
  await api?.disconnect();
  await second?.close();
});

/** Opens a settings action's form, fills it, dry-runs, checks the words and signs. */
async function runAction(page: Page, id: string, label: string, fields: Record<string, string>) {
  const action = page.getByTestId(`settings-action-${id}`);
  await action.getByRole("button", { name: label }).click();
  const form = action.getByRole("form", { name: label });
  await expect(form.getByLabel("Decimal places of this token")).toHaveValue("2"); // from the deploy answers
  for (const [name, value] of Object.entries(fields)) await form.getByLabel(name).fill(value);
  await form.getByRole("button", { name: "Check (dry-run)" }).click();
  await expect(action.getByTestId("action-review")).toContainText("The dry-run passed");
  await expect(action.getByTestId("action-review")).toContainText(/Network fee about .*PAS/);
  await action.getByRole("button", { name: "Sign with your wallet" }).click();
}

test("deploy a token, mint and send from its page, see balances and events, export and deploy again elsewhere; a viewer sees actions disabled", async ({
  page,
  browser,
}) => {
  test.setTimeout(900_000);
  const olga = testAccount(`Operator${Date.now().toString(36)}`);
  const wallet = await installTestWallet(page, [olga]);
  const signing = await addPayloadSigning(page, api, wallet.pairs);
  const me = wallet.pairs[0].address;
  const vicContext = await browser.newContext();
  const vicPage = await vicContext.newPage();
  const vic = testAccount(`Vic${Date.now().toString(36)}`, "ed25519");
  const vicAddress = (await installTestWallet(vicPage, [vic])).pairs[0].address;
  // The second network is added first (at the same time as the first deploy, a loaded machine missed
  // time limits), and the builder funded on both chains.
  await addNetworkAsAdmin(browser, second.chain.wsUrl, "Second chain");
  await Promise.all([fund(api, me), fund(second.api, me)]);

  await signInWithWallet(page, olga, "/bricks/fungible-token/deploy");
  const form = page.getByRole("form", { name: "Fungible token settings" });
  await page.getByLabel("Instance name").fill("Club credits");
  await form.getByLabel("Token name").fill("Club credits");
  await form.getByLabel("Symbol").fill("CLUB");
  await form.getByLabel("Decimal places").fill("2");
  await form.getByLabel("Initial supply").fill("1000");
  await form.getByText(/^Advanced/).click();
  await form.getByLabel("Let me create more tokens later").check();
  await form.getByRole("button", { name: "Review" }).click();
  await expect(page.getByTestId("review").getByTestId("dry-run")).toContainText("The deploy will succeed", {
    timeout: 120_000,
  });
  await page.getByRole("button", { name: "Deploy — sign with your wallet" }).click();
  await page.waitForURL(/\/instances\//);
  const instanceUrl = page.url();
  await expect(page.getByTestId("deployment-status")).toHaveAttribute("data-status", "finalized", { timeout: 180_000 });
  await expect(page.getByTestId("query-value-total-supply")).toHaveText("1,000 CLUB");
  await expect(page.getByTestId("query-value-owner")).toContainText("you");

  // The viewer joins the team first, so the events below name them.
  const teamUrl = (await page.getByRole("link", { name: /· deployments/ }).getAttribute("href"))!.replace(
    /\/deployments$/,
    "",
  );
  await page.goto(teamUrl);
  await page.getByLabel("Role", { exact: true }).selectOption("viewer");
  await page.getByRole("button", { name: "Create invite link" }).click();
  const link = await page.getByLabel("Send this link to the person you invite").inputValue();
  await vicPage.goto(link);
  await vicPage.getByRole("link", { name: "Sign in to accept" }).click();
  await vicPage.getByRole("button", { name: `Sign in as ${vic.name}` }).click();
  await vicPage.waitForURL(link);
  await vicPage.getByRole("button", { name: /^Join / }).click();
  await vicPage.waitForURL(new RegExp(`${teamUrl}$`));

  // Mint, then send: the balances and the events follow.
  await page.goto(instanceUrl);
  await runAction(page, "mint", "Create new tokens", { Recipient: me, Amount: "250.5" });
  await expect(page.getByTestId("query-value-total-supply")).toHaveText("1,250.5 CLUB", { timeout: 180_000 });
  await expect(page.getByTestId("query-value-your-balance")).toHaveText("1,250.5 CLUB");
  await runAction(page, "transfer", "Send tokens", { Recipient: vicAddress, Amount: "50.5" });
  await expect(page.getByTestId("query-value-your-balance")).toHaveText("1,200 CLUB", { timeout: 180_000 });
  await expect(page.getByTestId("query-value-total-supply")).toHaveText("1,250.5 CLUB");
  const actionsRun = page.getByTestId("actions-run");
  await expect(actionsRun).toContainText(`Create new tokens by ${olga.name}`);
  await expect(actionsRun).toContainText(`Send tokens by ${olga.name}`);
  const events = page.getByTestId("contract-events");
  await expect(events).toContainText("— (new tokens)", { timeout: 120_000 });
  await expect(events).toContainText("250.5 CLUB");
  await expect(events.getByRole("listitem").first()).toContainText("50.5 CLUB", { timeout: 120_000 });
  await expect(events.getByRole("listitem").first()).toContainText(vic.name);
  await expect(page.getByRole("list", { name: "Timeline" })).toContainText("signed and sent a settings action");
  expect(signing.count()).toBe(3);
  await shots(page, "1-instance");

  // The viewer sees the same instance with every action disabled, and why.
  await vicPage.goto(instanceUrl);
  await expect(vicPage.getByTestId("query-value-total-supply")).toHaveText("1,250.5 CLUB");
  await expect(vicPage.getByTestId("query-value-your-balance")).toHaveText("50.5 CLUB");
  for (const [id, label] of [
    ["mint", "Create new tokens"],
    ["transfer", "Send tokens"],
  ]) {
    const action = vicPage.getByTestId(`settings-action-${id}`);
    await expect(action.getByRole("button", { name: label })).toBeDisabled();
    await expect(action).toContainText("(viewer) may look but not change settings");
  }
  await expect(vicPage.getByTestId("save-preset")).toHaveCount(0); // presets are saved by deployers and above
  await shots(vicPage, "2-viewer");
  await vicContext.close();

  // A named preset: saved from the instance, then the deploy page starts from it (checked against the
  // version shown there), without a deploy of its own.
  const save = page.getByTestId("save-preset");
  await save.getByLabel("Save these settings as a preset named").fill("Club preset");
  await save.getByRole("button", { name: "Save preset" }).click();
  await expect(save.getByRole("status")).toContainText("Saved as “Club preset”");
  await page.goto("/bricks/fungible-token/deploy");
  await page
    .getByTestId("presets")
    .getByText(/^Start from a saved preset/)
    .click();
  await page.getByRole("button", { name: "Use this preset" }).click();
  await expect(page.getByTestId("config-file-loaded")).toContainText("the preset “Club preset”");
  const fromPreset = page.getByRole("form", { name: "Fungible token settings" });
  await expect(fromPreset.getByLabel("Symbol")).toHaveValue("CLUB");
  await expect(fromPreset.getByLabel("Initial supply")).toHaveValue("1000");
  await shots(page, "2b-preset");
  await page.goto(instanceUrl);

  // Export the configuration, then deploy it again on the second network.
  const download = page.waitForEvent("download");
  await page.getByTestId("export-config").click();
  const exported = JSON.parse(await readFile((await (await download).path())!, "utf8"));
  expect(exported).toMatchObject({
    format: "brickyard-config/1",
    brick: "fungible-token",
    version: "1.0.0",
    name: "Club credits",
    config: { name: "Club credits", symbol: "CLUB", decimals: 2, initialSupply: "1000", mintable: true },
  });
  await page.getByRole("link", { name: "Deploy again" }).click();
  await expect(page.getByTestId("deploy-again")).toContainText("Starting from the settings of “Club credits”");
  await page.getByLabel("Network").selectOption({ label: "Second chain" });
  const again = page.getByRole("form", { name: "Fungible token settings" });
  await expect(again.getByLabel("Symbol")).toHaveValue("CLUB");
  await again.getByRole("button", { name: "Review" }).click();
  await expect(page.getByTestId("review").getByTestId("dry-run")).toContainText("The deploy will succeed", {
    timeout: 180_000,
  });
  await page.getByRole("button", { name: "Deploy — sign with your wallet" }).click();
  await page.waitForURL((url) => url.pathname.startsWith("/instances/") && url.toString() !== instanceUrl);
  await expect(page.getByTestId("deployment-status")).toHaveAttribute("data-status", "finalized", { timeout: 180_000 });
  await expect(page.getByText(/version 1\.0\.0 on Second chain/)).toBeVisible();
  await expect(page.getByTestId("query-value-total-supply")).toHaveText("1,000 CLUB");
  const onSecond = (await page.getByTestId("instance-address").locator("span[title]").first().getAttribute("title"))!;
  expect((await second.api.query.contracts.contractInfoOf(onSecond)).isSome).toBe(true);
  await shots(page, "3-again");
});

const codeHashOf = (file: string) =>
  (JSON.parse(readFileSync(file, "utf8")) as { source: { hash: string } }).source.hash;

test("upgrade an instance from its page; import a contract with its metadata and call it", async ({ page }) => {
  test.setTimeout(900_000);
  const uma = testAccount(`Upgrader${Date.now().toString(36)}`);
  const wallet = await installTestWallet(page, [uma]);
  const signing = await addPayloadSigning(page, api, wallet.pairs);
  const me = wallet.pairs[0].address;
  await fund(api, me);
  // The builder's own contract, deployed outside Brickyard: the list's consumer, imported later.
  const consumer = await deployConsumer(api, wallet.pairs[0]);

  await signInWithWallet(page, uma, "/bricks/allowlist-registry/deploy?version=1.1.0");
  await page.getByLabel("Network").selectOption({ label: "Local dev chain" });
  await page.getByLabel("Instance name").fill("Members list");
  const form = page.getByRole("form", { name: "Allowlist registry settings" });
  await form.getByLabel("Your contract").fill(consumer);
  await form.getByRole("button", { name: "Review" }).click();
  await expect(page.getByTestId("review").getByTestId("dry-run")).toContainText("The deploy will succeed", {
    timeout: 120_000,
  });
  await page.getByRole("button", { name: "Deploy — sign with your wallet" }).click();
  await page.waitForURL(/\/instances\//);
  const instanceUrl = page.url();
  await expect(page.getByTestId("deployment-status")).toHaveAttribute("data-status", "finalized", { timeout: 180_000 });
  await expect(page.getByText(/version 1\.1\.0 on/)).toBeVisible();

  // Upgrade to 1.2.0: the network lacks its code, so the first signature uploads it, the second runs
  // set_code_hash; the tracker then checks the code hash on chain and moves the instance.
  const upgrade = page.getByTestId("upgrade-section");
  await expect(upgrade).toContainText("Version 1.2.0");
  await shots(page, "4-upgrade");
  let uploads = 0;
  for (let step = 0; step < 2; step++) {
    await upgrade.getByRole("button", { name: "Check the upgrade to 1.2.0 (dry-run)" }).click();
    const review = upgrade.getByTestId("upgrade-review");
    await expect(review).toBeVisible({ timeout: 120_000 });
    const upload = await review.getByRole("button", { name: "Sign the code upload" }).count();
    await review.getByRole("button", { name: upload ? "Sign the code upload" : "Sign the upgrade" }).click();
    await expect(upgrade.getByText(upload ? "The code upload is sent" : "The upgrade is sent")).toBeVisible({
      timeout: 60_000,
    });
    if (!upload) break;
    uploads++;
    await expect(
      page.getByTestId("actions-run").locator('[data-status="in_block"], [data-status="finalized"]'),
    ).toHaveCount(1, { timeout: 180_000 });
  }
  await expect(async () => {
    await page.goto(instanceUrl);
    await expect(page.getByText(/version 1\.2\.0 on/)).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 180_000 });
  const next = codeHashOf("bricks/_examples/allowlist-registry-next/dist/allowlist-registry-next.contract");
  await expect(page.getByTestId("code-hash-check")).toContainText("Matches the published code");
  await expect(page.getByTestId("code-hash-check")).toContainText(next);
  const address = (await page.getByTestId("instance-address").locator("span[title]").first().getAttribute("title"))!;
  const info = await api.query.contracts.contractInfoOf(address);
  expect(info.unwrap().codeHash.toHex()).toBe(next);
  await expect(page.getByTestId("upgrade-section")).toContainText("This is the newest published version.");
  await shots(page, "5-upgraded");

  // A contract no brick publishes (the consumer), imported with its metadata (the .contract minus code).
  await page.getByRole("link", { name: /· deployments/ }).click();
  const importer = page.getByTestId("import-contract");
  await importer.getByText("Import a contract that already runs").click();
  await importer.getByLabel("Network").selectOption({ label: "Local dev chain" });
  await importer.getByLabel("Contract address").fill(consumer);
  const bundle = JSON.parse(readFileSync("bricks/_examples/consumer/dist/consumer.contract", "utf8"));
  const { wasm: _wasm, ...source } = bundle.source as Record<string, unknown>;
  void _wasm;
  await importer.getByLabel(/^Metadata file/).setInputFiles({
    name: "consumer.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify({ ...bundle, source })),
  });
  await shots(page, "6-import");
  await importer.getByRole("button", { name: "Check and import" }).click();
  await page.waitForURL(/\/instances\//);
  await expect(page.getByTestId("watched-summary")).toContainText("consumer 1.0.0");
  await expect(page.getByTestId("code-hash-check")).toContainText("Matches the uploaded metadata");
  await expect(page.getByTestId("query-value-owner")).toContainText("you");

  const ask = page.getByTestId("ask-check-allowed");
  await ask.getByRole("button", { name: "Ask" }).click();
  await ask.getByRole("form", { name: "check_allowed" }).getByLabel("who").fill(me);
  await ask.getByRole("button", { name: "Ask the contract" }).click();
  await expect(ask.getByTestId("ask-answer")).toHaveText("Answer: false"); // no registry set: fails closed

  const setFeed = page.getByTestId("settings-action-set-feed");
  await setFeed.getByRole("button", { name: "set_feed" }).click();
  await setFeed.getByRole("form", { name: "set_feed" }).getByLabel("feed").fill(me);
  await setFeed.getByRole("button", { name: "Check (dry-run)" }).click();
  await expect(setFeed.getByTestId("action-review")).toContainText("The dry-run passed");
  await setFeed.getByRole("button", { name: "Sign with your wallet" }).click();
  await expect(page.getByTestId("contract-events")).toContainText("FeedSet", { timeout: 180_000 });
  await expect(page.getByTestId("query-value-feed")).toContainText("you", { timeout: 60_000 });
  expect(signing.count()).toBe(3 + uploads);
  await shots(page, "7-watched");
});
