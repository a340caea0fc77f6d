// An auditor's journey, as a person clicks it: //Alice (a platform admin through ADMIN_ADDRESSES)
// makes them an auditor; they publish an ink! v5 erc20 as a brick with the live form preview, sign
// the attestation with their (injected test) wallet, and the brick page shows — and re-verifies in
// the browser — "signature verified". Screenshots go to .tmp/screenshots/publish-*.png.
import path from "node:path";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { installTestWallet, signInWithWallet, testAccount, type TestAccount } from "./fixtures/wallet";

const BRICKS = path.resolve(import.meta.dirname, "../../bricks");
const shot = (name: string) => ({ path: `.tmp/screenshots/publish-${name}.png`, fullPage: true });
const BUNDLES = path.resolve(import.meta.dirname, "../../../shared/contracts");
const ALICE: TestAccount = { name: "Alice", uri: "//Alice", type: "sr25519" };

const CONFIG = {
  type: "object",
  required: ["totalSupply"],
  properties: {
    totalSupply: {
      type: "string",
      format: "token-amount",
      "x-decimals": 12,
      title: "Total supply",
      description: "How many tokens exist; all go to you.",
    },
    feeBps: {
      type: "integer",
      format: "basis-points",
      title: "Transfer fee",
      default: 0,
      "x-advanced": true,
      description: "Not used by this contract; shows the advanced section.",
    },
  },
};

/** Signs the person in once (so they exist), then has Alice grant them the auditor role on /admin. */
async function becomeAuditor(page: Page, browser: Browser, who: TestAccount) {
  const { pairs } = await installTestWallet(page, [who]);
  await signInWithWallet(page, who, "/publish");
  await expect(page.getByRole("heading", { name: "Auditors only" })).toBeVisible();
  const admin = await browser.newContext();
  const adminPage = await admin.newPage();
  await installTestWallet(adminPage, [ALICE]);
  await signInWithWallet(adminPage, ALICE, "/admin");
  const row = adminPage.getByTestId("user-row").filter({ has: adminPage.locator(`[title="${pairs[0].address}"]`) });
  await row.getByRole("button", { name: "Make auditor" }).click();
  await expect(row.getByRole("button", { name: "Revoke auditor" })).toBeVisible();
  await admin.close();
}

async function fillListing(page: Page, slug: string) {
  await page.getByLabel("Slug", { exact: true }).fill(slug);
  await page.getByLabel("Version", { exact: true }).fill("1.0.0");
  await page.getByLabel("Name", { exact: true }).fill("Community token");
  await page.getByLabel("Category", { exact: true }).fill("tokens");
  await page
    .getByLabel("Summary", { exact: true })
    .fill("A fixed-supply token: every unit goes to the person who deploys it.");
  await page.getByLabel("Description (Markdown)").fill("# Community token\n\nAn **ERC-20** with a fixed supply.");
  await page.getByLabel("Tags", { exact: true }).fill("erc20, fixed-supply");
  await page.getByLabel("Config schema (JSON Schema 2020-12)").fill(JSON.stringify(CONFIG, null, 2));
}

test("an auditor publishes a version with the live form preview, signs the attestation, and the brick page verifies it", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const audra = testAccount("Audra");
  const slug = `community-token-${Date.now().toString(36)}`;
  await becomeAuditor(page, browser, audra);

  await page.goto("/publish/new");
  await page.getByLabel("Contract bundle (.contract)").setInputFiles(path.join(BUNDLES, "ink-v5-erc20.contract.json"));
  await fillListing(page, slug);
  await expect(page.getByTestId("bundle-code-hash")).toContainText("recomputed, matches the bundle", {
    timeout: 20_000,
  });
  await expect(page.getByLabel("Field for total_supply")).toHaveValue("totalSupply");

  // The live preview is the builders' form: wrong answers get plain messages.
  const preview = page.getByRole("form", { name: "Form preview" });
  await preview.getByLabel(/^Total supply/).fill("12.5.3");
  await preview.getByLabel(/^Total supply/).blur();
  await expect(preview.getByText("Enter an amount using digits and at most one dot")).toBeVisible();
  await preview.getByLabel(/^Total supply/).fill("1000000");
  await preview.getByText(/^Advanced/).click();
  await preview.getByLabel(/^Transfer fee/).fill("250");
  await expect(preview.getByText("= 2.5%")).toBeVisible();
  await preview.getByRole("button", { name: "Try these answers" }).click();
  await expect(page.getByText("These answers are valid.")).toBeVisible();

  await page
    .getByLabel("Report (Markdown)")
    .fill("# Audit of the community token\n\nWe reviewed every message. Nothing blocks deployment.");
  await page.getByLabel("Scope", { exact: true }).fill("erc20 lib.rs, all messages");
  await page.getByRole("button", { name: "+ Add a finding" }).click();
  await page.getByLabel("Finding 1 title").fill("approve() can be front-run");
  await expect(page.getByLabel("Finding 1 status")).toHaveValue("open"); // a new finding is open until the auditor says otherwise
  await page.getByLabel("Finding 1 status").selectOption("acknowledged");
  await expect(page.getByText("All static checks pass")).toBeVisible({ timeout: 20_000 });
  await page.screenshot(shot("new-version"));

  await page.getByRole("button", { name: "Publish version" }).click();
  await page.waitForURL(`**/publish/${slug}/1.0.0?published=created`);
  await expect(page.getByText(`Published ${slug}@1.0.0`)).toBeVisible();
  await page.getByRole("button", { name: "Sign attestation with my wallet" }).click();
  await expect(page.getByTestId("attestation-payload")).toContainText(`brick: ${slug}\nversion: 1.0.0\ncode-hash: 0x`);
  await expect(page.getByText("— signature verified")).toBeVisible();
  await page.screenshot(shot("version-signed"));
  await page.goto("/publish");
  await expect(page.getByRole("list", { name: "Bricks" }).getByText(slug)).toBeVisible();
  await page.screenshot(shot("overview"));

  await page.goto(`/bricks/${slug}`);
  const audits = page.getByRole("region", { name: "Audits" });
  await expect(audits.getByText(`Audited by ${audra.name} — version 1.0.0 — signature verified`)).toBeVisible();
  await expect(page.getByText("Audited", { exact: true }).first()).toBeVisible();
  await audits.getByRole("button", { name: "Verify again" }).click();
  await expect(audits.getByText(/^Verified in your browser just now: 1 signature/)).toBeVisible({ timeout: 20_000 });
  await page.screenshot(shot("brick-page"));
});

test("problems are shown next to what has to change: a tampered bundle, a wrong mapping", async ({ page, browser }) => {
  const ines = testAccount("Ines");
  await becomeAuditor(page, browser, ines);
  await page.goto("/publish/new");
  const text = (await import("node:fs")).readFileSync(path.join(BUNDLES, "ink-v4-erc20.contract.json"), "utf8");
  const json = JSON.parse(text);
  json.source.wasm = json.source.wasm.slice(0, -2) + (json.source.wasm.endsWith("00") ? "01" : "00");
  await page.getByLabel("Contract bundle (.contract)").setInputFiles({
    name: "tampered.contract",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(json)),
  });
  await fillListing(page, `tampered-${Date.now().toString(36)}`);
  const bundleStep = page.getByRole("region", { name: "Contract bundle" });
  await expect(bundleStep.getByRole("alert").filter({ hasText: "the wasm or the hash was changed" })).toBeVisible({
    timeout: 20_000,
  });
  await page.getByLabel("Source of total_supply").selectOption("const");
  await page.getByLabel("Constant for total_supply").fill('"lots"');
  await expect(page.getByTestId("ctor-arg-total_supply").getByRole("alert")).toContainText("does not fit", {
    timeout: 20_000,
  });
  await page.screenshot(shot("problems"));
  // The form's own checks run first (the report is missing), then the server's.
  await page.getByRole("button", { name: "Publish version" }).click();
  await expect(page.getByText("Write the audit report (at least 20 characters)")).toBeVisible();
  await page.getByLabel("Report (Markdown)").fill("A report long enough to be accepted by the form.");
  await page.getByRole("button", { name: "Publish version" }).click();
  await expect(page.getByText(/^Not published: The brick has \d+ problems/)).toBeVisible();
  expect(page.url()).toContain("/publish/new");
});

test("an auditor publishes a function brick version in the browser, signs it, and finds it in the catalog", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const fia = testAccount("Fia");
  const slug = `price-relay-${Date.now().toString(36)}`;
  const { readFileSync } = await import("node:fs");
  const raw = JSON.parse(readFileSync(path.join(BRICKS, "api-price-feed/function-brick.json"), "utf8"));
  const json = (x: unknown) => JSON.stringify(x, null, 2);
  await becomeAuditor(page, browser, fia);

  await page.goto("/publish");
  await page.getByRole("link", { name: "Publish a function brick" }).click();
  await page.waitForURL("**/publish/new-function");
  await page.getByLabel("Function source (.js)").setInputFiles(path.join(BRICKS, "api-price-feed/function.js"));
  // What is still missing is listed in words that name the field, not in zod's programmer messages.
  const problems = page.getByTestId("draft-problems");
  await expect(problems).toContainText('"name" is too short', { timeout: 20_000 });
  await expect(problems).not.toContainText("Too small");
  await page.screenshot(shot("new-function-problems"));
  await page.getByLabel("Slug", { exact: true }).fill(slug);
  await page.getByLabel("Version", { exact: true }).fill("1.0.0");
  await page.getByLabel("Name", { exact: true }).fill("Price relay");
  await page.getByLabel("Category", { exact: true }).fill("oracles");
  await page.getByLabel("Summary", { exact: true }).fill("Reads a price from a web API and reports it to your oracle.");
  await page.getByLabel("Description (Markdown)").fill("# Price relay\n\nReads one number from a JSON API.");
  await page.getByLabel("Inputs schema (JSON Schema 2020-12)").fill(json(raw.inputs));
  await page.getByLabel("Hosts from inputs").fill("url");
  await page.getByLabel("Secrets (JSON list, optional)").fill(json(raw.secrets));
  await page.getByLabel("On a schedule (every N minutes or cron)").check();
  await page.getByLabel("Contract bricks it feeds (JSON list)").fill(json(raw.feeds));
  // A wrong delivery argument is named next to its box, in words.
  await page
    .getByLabel("Delivery mapping (JSON)")
    .fill(json({ ...raw.delivery, args: { value: { kind: "const", value: "lots" } } }));
  await expect(page.getByRole("region", { name: "Delivery" }).getByRole("alert").first()).toContainText("$.delivery", {
    timeout: 20_000,
  });
  await page.getByLabel("Delivery mapping (JSON)").fill(json(raw.delivery));
  await expect(page.getByTestId("source-code-hash")).toContainText(raw.codeHash, { timeout: 20_000 });
  // The inputs' live preview is the builders' form.
  const preview = page.getByRole("form", { name: "Form preview" });
  await expect(preview.getByLabel(/^Web address of the API/)).toBeVisible();
  await page.getByLabel("Report (Markdown)").fill("# Audit of the price relay\n\nIt reaches only the URL's host.");
  await page.getByLabel("Scope", { exact: true }).fill("function.js, run and query");
  await expect(page.getByText("All static checks pass")).toBeVisible({ timeout: 20_000 });
  await page.screenshot(shot("new-function"));
  await page.setViewportSize({ width: 412, height: 900 });
  await page.screenshot(shot("new-function-phone"));
  await page.setViewportSize({ width: 1280, height: 900 });

  await page.getByRole("button", { name: "Publish version" }).click();
  await page.waitForURL(`**/publish/${slug}/1.0.0?published=created`);
  await expect(page.getByText("sha-256 of the function's source")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Code on networks" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "See the brick page" })).toHaveAttribute("href", `/functions/${slug}`);
  await page.getByRole("button", { name: "Sign attestation with my wallet" }).click();
  await expect(page.getByTestId("attestation-payload")).toContainText(`code-hash: ${raw.codeHash}`);
  await expect(page.getByText("— signature verified")).toBeVisible();
  await page.screenshot(shot("function-version"));

  await page.goto("/?kind=function&q=relay");
  await expect(page.getByRole("list", { name: "Bricks" }).getByRole("link", { name: "Price relay" })).toBeVisible();
  await page.screenshot(shot("function-catalog"));
});

test("team API tokens are shown once and can be revoked", async ({ page }) => {
  const tia = testAccount("Tia");
  await installTestWallet(page, [tia]);
  await signInWithWallet(page, tia, "/teams");
  await page.getByRole("list", { name: "Teams" }).getByRole("link").first().click();
  await page.waitForURL(/\/teams\/[^/]+$/);
  await page.goto(`${page.url()}/tokens`);
  await page.getByLabel("Token name").fill("GitHub Actions");
  await page.getByRole("button", { name: "Create token" }).click();
  const token = await page.getByLabel(/Your new token/).inputValue();
  expect(token).toMatch(/^byd_[A-Za-z0-9_-]{43}$/);
  await expect(page.getByTestId("token-row")).toContainText("GitHub Actions");
  await page.screenshot(shot("tokens"));
  // Not an auditor: the token authenticates but may not publish.
  const res = await page.request.post(`/api/v1/bricks/x/versions`, {
    headers: { Authorization: `Bearer ${token}` },
    data: { manifest: { slug: "x" }, bundle: "{}", report: { markdown: "A report that is long enough." } },
  });
  expect(res.status()).toBe(403);
  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: "Revoke GitHub Actions" }).click();
  await expect(page.getByTestId("token-row")).toContainText("revoked");
  const after = await page.request.post(`/api/v1/bricks/x/versions`, {
    headers: { Authorization: `Bearer ${token}` },
    data: {},
  });
  expect(after.status()).toBe(401);
});
