// Every page the e2e flows reach, signed out and signed in (//Alice: a platform admin), checked
// with axe-core (no serious or critical violations) and for sideways scrolling at 360 and 412 px.
// The instance page and the deploy review are checked inside deploy.spec.ts, where a real deployment exists.
import { expect, test } from "@playwright/test";
import { checkPage } from "./fixtures/page-checks";
import { installTestWallet, signInWithWallet, type TestAccount } from "./fixtures/wallet";

const ALICE: TestAccount = { name: "Alice", uri: "//Alice", type: "sr25519" };

const PUBLIC_PAGES = [
  ["catalog", "/"],
  ["catalog search with suggestions", "/?q=nft"],
  ["catalog filtered to nothing", "/?category=utilities&audit=audited"],
  ["brick page (linked brick)", "/bricks/price-feed-oracle"],
  ["brick page (fixture)", "/bricks/demo-token"],
  ["brick page (payment splitter)", "/bricks/payment-splitter"],
  ["brick page (Solidity, verified source)", "/bricks/oz-payment-splitter"],
  ["unknown brick", "/bricks/no-such-brick"],
  ["unknown page", "/no-such-page"],
] as const;

for (const [what, url] of PUBLIC_PAGES) {
  test(`signed out: ${what} is accessible and fits a phone`, async ({ page }) => {
    await page.goto(url);
    await checkPage(page, what);
  });
}

// The brick page folds its developer details; opened, they must fit a phone too (gas tables, code
// hashes, the contract interface).
for (const slug of ["price-feed-oracle", "oz-payment-splitter"]) {
  test(`signed out: brick page ${slug} with "For developers" open fits a phone`, async ({ page }) => {
    await page.goto(`/bricks/${slug}`);
    await page.getByTestId("for-developers").locator("summary").first().click();
    await expect(page.getByRole("region", { name: "Contract interface" })).toBeVisible();
    await checkPage(page, `brick page ${slug}, developer details open`);
  });
}

test("signed out: sign-in without a wallet is accessible and fits a phone", async ({ page }) => {
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { name: "No Polkadot wallet found" })).toBeVisible();
  await checkPage(page, "sign-in, no wallet");
});

test("signed in: every page of the account is accessible and fits a phone", async ({ page }) => {
  test.setTimeout(180_000);
  await installTestWallet(page, [ALICE, { name: "Spare key", uri: "//AliceSpare", type: "ed25519" }]);
  await page.goto("/sign-in?callbackUrl=%2Fteams");
  await expect(page.getByRole("heading", { name: "Choose an account" })).toBeVisible();
  await checkPage(page, "sign-in, choose an account");
  await signInWithWallet(page, ALICE, "/teams");
  await checkPage(page, "teams");

  const teamHref = await page.getByRole("list", { name: "Teams" }).getByRole("link").first().getAttribute("href");
  expect(teamHref).toMatch(/^\/teams\//);
  const pages: [string, string][] = [
    ["team", teamHref!],
    ["team deployments", `${teamHref}/deployments`],
    ["team API tokens", `${teamHref}/tokens`],
    ["deploy form", "/bricks/price-feed-oracle/deploy"],
    ["deploy form (no link)", "/bricks/demo-token/deploy"],
    ["admin", "/admin"],
    ["admin search", "/admin?q=Alice"],
    ["publish", "/publish"],
    ["brick page signed in", "/bricks/price-feed-oracle"],
  ];
  for (const [what, url] of pages) {
    await page.goto(url);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await checkPage(page, what);
  }
  // The admin's people search narrows the list by name or address.
  await page.goto("/admin?q=Alice");
  await expect(page.getByTestId("user-row").first()).toContainText("Alice");
  await page.goto("/admin?q=nobody-has-this-name");
  await expect(page.getByText("Nobody matches “nobody-has-this-name”.")).toBeVisible();
});
