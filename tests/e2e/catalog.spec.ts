// The catalog as a person uses it: search, filters, sort, URLs that keep the query, the brick page,
// and the not-found state. Runs on a desktop and a phone viewport.
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";

const erc20v5 = JSON.parse(readFileSync("../shared/contracts/ink-v5-erc20.contract.json", "utf8"));

test("lists the seeded bricks with their summaries", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Contract templates" })).toBeVisible();
  const bricks = page.getByRole("list", { name: "Bricks" });
  await expect(bricks.getByRole("link", { name: "Demo token" })).toBeVisible();
  await expect(bricks.getByRole("link", { name: "On/off switch" })).toBeVisible();
  await expect(page.getByText("they all start in your wallet")).toBeVisible();
});

test("search narrows the list and the URL keeps the query", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("searchbox", { name: "Search bricks" }).fill("switch");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\?q=switch$/);
  const bricks = page.getByRole("list", { name: "Bricks" });
  await expect(bricks.getByRole("link", { name: "On/off switch" })).toBeVisible();
  await expect(bricks.getByRole("link", { name: "Kill switch" })).toBeVisible();
  await expect(bricks.getByRole("link", { name: "Demo token" })).toHaveCount(0);
  // Full text also finds descriptions that mention a switch, ranked after the names that say it.
  const names = await bricks.getByRole("heading").allTextContents();
  expect(names.slice(0, 3).sort()).toEqual(["Kill switch", "On/off switch", "Switch (ink! v6)"]);
  const count = await page.getByTestId("result-count").textContent();
  expect(count).toBe(`${names.length} bricks matching “switch”`);

  await page.reload(); // the query survives a reload and can be shared
  await expect(page.getByRole("searchbox", { name: "Search bricks" })).toHaveValue("switch");
  await expect(page.getByTestId("result-count")).toHaveText(count!);
});

test("filters apply on change, combine, and can be cleared", async ({ page }) => {
  await page.goto("/");
  await page.getByLabel("Category").selectOption("utilities");
  await expect(page).toHaveURL(/category=utilities/);
  const bricks = page.getByRole("list", { name: "Bricks" });
  await expect(bricks.getByRole("link", { name: "Kill switch" })).toBeVisible();
  await expect(bricks.getByRole("link", { name: "Demo token" })).toHaveCount(0);

  await page.getByLabel("Network").selectOption({ label: "Local dev chain" });
  await expect(page).toHaveURL(/network=local-dev/);
  await expect(bricks.getByRole("link", { name: "Kill switch" })).toBeVisible();

  await page.getByLabel("Audit status").selectOption("audited");
  await expect(page).toHaveURL(/audit=audited/);
  await expect(page.getByText("No bricks match these filters.")).toBeVisible();
  await page.getByRole("link", { name: "Clear all filters" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("list", { name: "Bricks" }).getByRole("link", { name: "Demo token" })).toBeVisible();
});

test("sorts by name", async ({ page }) => {
  await page.goto("/?category=utilities&sort=name");
  await expect(page.getByLabel("Sort by")).toHaveValue("name");
  const names = await page.getByRole("list", { name: "Bricks" }).getByRole("heading").allTextContents();
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
  expect(names).toContain("Kill switch");
});

test("the brick page shows description, form fields, versions, code hash and ABI", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("list", { name: "Bricks" }).getByRole("link", { name: "Demo token" }).click();
  await expect(page).toHaveURL(/\/bricks\/demo-token$/);
  await expect(page.getByRole("heading", { level: 1, name: "Demo token" })).toBeVisible(); // the description's own "# Demo token" is demoted

  const fields = page.getByRole("region", { name: "What the form will ask you" });
  await expect(fields.getByText("Total supply")).toBeVisible();
  await expect(fields.getByText("How many tokens will ever exist")).toBeVisible();
  await expect(fields.getByText("token amount")).toBeVisible();

  // Plain sections first, then the call to action again; the developer details are folded.
  await expect(page.getByRole("region", { name: "What you will need" })).toContainText("A Polkadot wallet");
  await expect(page.getByRole("link", { name: "Deploy Demo token" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Contract interface" })).toBeHidden();
  await page.getByTestId("for-developers").locator("summary").first().click();
  await expect(page.getByRole("region", { name: "Versions" }).getByText("1.0.0", { exact: true })).toBeVisible();
  await expect(page.getByTestId("code-hash")).toHaveText(erc20v5.source.hash);
  const abi = page.getByRole("region", { name: "Contract interface" });
  await expect(abi.getByText("total_supply", { exact: true }).first()).toBeVisible();
  await expect(abi.getByText("transfer_from", { exact: true })).toBeVisible();
  await expect(page.getByRole("region", { name: "Audits" }).getByText("No audit has been published")).toBeVisible();
});

test("Markdown in descriptions is rendered and sanitised", async ({ page }) => {
  await page.goto("/bricks/on-off-switch");
  const about = page.getByRole("region", { name: "What it does" });
  await expect(about.getByRole("heading", { name: "What you decide" })).toBeVisible();
  await expect(about.locator("strong", { hasText: "Start switched on" })).toBeVisible();
  // The fixture's description carries a <script>, an <img onerror> and a javascript: link.
  await expect(about.locator("script, img")).toHaveCount(0);
  const link = about.getByRole("link", { name: "a harmless-looking link" });
  if (await link.count()) expect(await link.getAttribute("href")).not.toMatch(/^javascript:/i);
  expect(await page.evaluate(() => (window as unknown as { __brickyardXss?: string }).__brickyardXss)).toBeUndefined();
});

test("an unknown brick gets a page a person understands", async ({ page }) => {
  const res = await page.goto("/bricks/no-such-brick");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Brick not found" })).toBeVisible();
  await page.getByRole("link", { name: "Browse the catalog" }).click();
  await expect(page).toHaveURL(/\/$/);
});

test("search understands everyday words and suggests when nothing matches", async ({ page }) => {
  await page.goto(`/?q=${encodeURIComponent("send money to several people")}`);
  await expect(
    page.getByRole("list", { name: "Bricks" }).getByRole("link", { name: "Payment splitter", exact: true }),
  ).toBeVisible();

  await page.goto("/?q=escrw"); // a typo: a spelling fix is offered
  await expect(page.getByText("No bricks match your search.")).toBeVisible();
  const suggestions = page.getByTestId("search-suggestions");
  await suggestions.getByRole("link", { name: "escrow" }).first().click();
  await expect(page).toHaveURL(/\?q=escrow$/);
  await expect(page.getByRole("list", { name: "Bricks" }).getByRole("link", { name: "Escrow" })).toBeVisible();

  await page.goto("/?q=nft"); // found through its ERC-721 name and the collectible synonyms
  await expect(page.getByRole("list", { name: "Bricks" }).getByRole("link", { name: /^NFT collection/ })).toBeVisible();

  await page.goto("/?q=lottery"); // no such brick: the catalog's own words are offered instead
  await expect(page.getByTestId("search-suggestions").getByRole("link").first()).toBeVisible();
});
