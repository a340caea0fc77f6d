// A screenshot tour: every page as a person signed out, a builder, a viewer, an auditor and an
// admin sees it, at desktop (1280) and phone (412) widths, written to .tmp/tour/ to be looked at.
// Opt-in (TOUR=1 npx playwright test tests/e2e/tour.spec.ts): it only takes pictures, so it does
// not lengthen `npm test`; the checks that can fail (axe, sideways scrolling) run in
// page-checks.spec.ts and deploy.spec.ts.
import { mkdirSync } from "node:fs";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { installTestWallet, signInWithWallet, testAccount, type TestAccount } from "./fixtures/wallet";

test.skip(!process.env.TOUR, "the screenshot tour runs only with TOUR=1");
test.describe.configure({ mode: "serial" });

const DIR = ".tmp/tour";
const SIZES = [
  ["desktop", { width: 1280, height: 900 }],
  ["phone", { width: 412, height: 915 }],
] as const;
const ALICE: TestAccount = { name: "Alice", uri: "//Alice", type: "sr25519" };
const BRICKS = [
  "price-feed-oracle",
  "payment-splitter",
  "fungible-token",
  "escrow",
  "vesting-wallet",
  "allowlist-registry",
  "demo-token",
];

async function snap(page: Page, role: string, name: string, url: string) {
  mkdirSync(DIR, { recursive: true });
  await page.goto(url);
  await page.waitForLoadState("networkidle").catch(() => undefined);
  for (const [size, viewport] of SIZES) {
    await page.setViewportSize(viewport);
    await page.waitForTimeout(100);
    await page.screenshot({ path: `${DIR}/${role}-${name}-${size}.png`, fullPage: true });
  }
  await page.setViewportSize(SIZES[0][1]);
}

/** The page as it stands (no navigation), at both sizes. */
async function shoot(page: Page, role: string, name: string) {
  mkdirSync(DIR, { recursive: true });
  for (const [size, viewport] of SIZES) {
    await page.setViewportSize(viewport);
    await page.waitForTimeout(100);
    await page.screenshot({ path: `${DIR}/${role}-${name}-${size}.png`, fullPage: true });
  }
  await page.setViewportSize(SIZES[0][1]);
}

async function signedIn(browser: Browser, who: TestAccount, to = "/teams") {
  const context = await browser.newContext();
  const page = await context.newPage();
  await installTestWallet(page, [who]);
  await signInWithWallet(page, who, to);
  return page;
}

test("signed out", async ({ page }) => {
  test.setTimeout(600_000);
  await snap(page, "signed-out", "catalog", "/");
  await snap(page, "signed-out", "search-synonym", "/?q=send%20money%20to%20several%20people");
  await snap(page, "signed-out", "search-nothing", "/?q=nft");
  for (const slug of BRICKS) await snap(page, "signed-out", `brick-${slug}`, `/bricks/${slug}`);
  for (const slug of ["price-feed-oracle", "oz-payment-splitter"]) {
    await snap(page, "signed-out", `brick-${slug}`, `/bricks/${slug}`);
    await page.getByTestId("for-developers").locator("summary").first().click();
    await shoot(page, "signed-out", `brick-${slug}-developers`);
  }
  await snap(page, "signed-out", "sign-in-no-wallet", "/sign-in");
  await snap(page, "signed-out", "sign-in-from-brick", "/sign-in?callbackUrl=%2Fbricks%2Fprice-feed-oracle%2Fdeploy");
  await snap(page, "signed-out", "not-found", "/no-such-page");
  await snap(page, "signed-out", "brick-not-found", "/bricks/no-such-brick");
});

test("builder, viewer, auditor and admin", async ({ browser }) => {
  test.setTimeout(600_000);
  const builder = await signedIn(browser, testAccount("Bea"));
  const teamHref = (await builder.getByRole("list", { name: "Teams" }).getByRole("link").first().getAttribute("href"))!;
  await snap(builder, "builder", "teams", "/teams");
  await snap(builder, "builder", "team", teamHref);
  await snap(builder, "builder", "deployments", `${teamHref}/deployments`);
  await snap(builder, "builder", "tokens", `${teamHref}/tokens`);
  for (const slug of ["price-feed-oracle", "payment-splitter", "fungible-token"])
    await snap(builder, "builder", `deploy-${slug}`, `/bricks/${slug}/deploy`);
  // The review, as a builder with an empty account sees it (the dry-run says what is missing).
  await builder.goto("/bricks/fungible-token/deploy");
  await builder.getByLabel("Instance name").fill("Tour coin");
  const settings = builder.getByRole("form", { name: "Fungible token settings" });
  await settings.getByLabel("Token name").fill("Tour Coin");
  await settings.getByLabel("Symbol").fill("TOUR");
  await settings.getByLabel("Initial supply").fill("1000");
  await settings.getByRole("button", { name: "Review" }).click();
  await expect(builder.getByTestId("review").getByTestId("dry-run")).toBeVisible({ timeout: 60_000 });
  await shoot(builder, "builder", "deploy-review");
  await builder.getByTestId("review-technical").getByText("Technical details (for developers)").click();
  await shoot(builder, "builder", "deploy-review-technical");
  await snap(builder, "builder", "publish-refused", "/publish");
  await snap(builder, "builder", "admin-refused", "/admin");

  // A viewer of the builder's team, through a real invite link.
  await builder.goto(teamHref);
  await builder.getByLabel("Role", { exact: true }).selectOption("viewer");
  await builder.getByRole("button", { name: "Create invite link" }).click();
  const link = await builder.getByLabel("Send this link to the person you invite").inputValue();
  await snap(builder, "builder", "team-with-invite", teamHref);
  const viewerContext = await browser.newContext();
  const viewer = await viewerContext.newPage();
  const vic = testAccount("Vic");
  await installTestWallet(viewer, [vic]);
  await snap(viewer, "viewer", "invite-signed-out", link);
  await signInWithWallet(viewer, vic, new URL(link).pathname);
  await snap(viewer, "viewer", "invite", link);
  await viewer.getByRole("button", { name: /^Join / }).click();
  await viewer.waitForURL(`**${teamHref}`);
  await snap(viewer, "viewer", "team", teamHref);
  await snap(viewer, "viewer", "deployments", `${teamHref}/deployments`);
  await snap(builder, "builder", "team-with-viewer", teamHref);

  // Admin: the people list; then makes the auditor.
  const admin = await signedIn(browser, ALICE, "/admin");
  const auditorAccount = testAccount("Audra");
  const auditor = await signedIn(browser, auditorAccount, "/teams");
  const address = await auditor.getByTestId("account-chip").locator("[title]").getAttribute("title");
  await admin.reload();
  await admin
    .getByTestId("user-row")
    .filter({ has: admin.locator(`[title="${address}"]`) })
    .getByRole("button", { name: "Make auditor" })
    .click();
  await expect(
    admin
      .getByTestId("user-row")
      .filter({ has: admin.locator(`[title="${address}"]`) })
      .getByRole("button", { name: "Revoke auditor" }),
  ).toBeVisible();
  await snap(admin, "admin", "people", "/admin");
  await snap(admin, "admin", "people-search", "/admin?q=Alice");
  await snap(auditor, "auditor", "publish", "/publish");
  await snap(auditor, "auditor", "publish-new", "/publish/new");
});
