// What the sign-in screens say when the wallet does something other than sign: a refused
// connection, a request left unanswered (the popup closed), and where signing in leads back to.
import { expect, test } from "@playwright/test";
import { installTestWallet, testAccount } from "./fixtures/wallet";

const shot = (name: string) => ({ path: `.tmp/screenshots/${name}.png`, fullPage: true });

test("a refused connection is reported as refused, not as a missing wallet", async ({ page }) => {
  await installTestWallet(page, [testAccount("Rolf")], { connect: "refuse", source: "polkadot-js" });
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { name: "Your wallet refused the connection" })).toBeVisible();
  await expect(page.getByText("Polkadot.js did not let Brickyard connect")).toBeVisible();
  await expect(page.getByRole("heading", { name: "No Polkadot wallet found" })).toHaveCount(0);
  await page.screenshot(shot("sign-in-refused"));
});

test("a wallet request left unanswered can be cancelled from the page after a short wait", async ({ page }) => {
  await page.clock.install();
  const hana = testAccount("Hana");
  await installTestWallet(page, [hana], { mode: "hang", source: "polkadot-js" });
  await page.goto("/sign-in");
  await page.getByRole("button", { name: `Sign in as ${hana.name}` }).click();
  await expect(page.getByRole("heading", { name: "Approve the message in Polkadot.js" })).toBeVisible();
  // The truth about what Polkadot.js shows: the message as text, naming this site.
  await expect(page.getByText(/its text starts “127\.0\.0\.1:\d+ wants you to sign in/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Cancel" })).toHaveCount(0); // not at once
  await page.clock.fastForward(16_000);
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("heading", { name: "Stopped waiting for your wallet" })).toBeVisible();
  await page.screenshot(shot("sign-in-cancelled-wait"));
});

test("signing in from “Use this brick” comes back to the brick's deploy form", async ({ page }) => {
  const ulla = testAccount("Ulla");
  await installTestWallet(page, [ulla]);
  await page.goto("/bricks/demo-token");
  await page.getByRole("link", { name: "Use this brick" }).first().click();
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fbricks%2Fdemo-token%2Fdeploy$/);
  await expect(page.getByTestId("sign-in-next")).toHaveText(
    "Sign in to use Demo token. You will come straight back to its deploy form.",
  );
  await page.getByRole("button", { name: `Sign in as ${ulla.name}` }).click();
  await page.waitForURL("**/bricks/demo-token/deploy");
  await expect(page.getByRole("heading", { level: 1, name: "Deploy Demo token" })).toBeVisible();
});

test("the header's Sign in link returns to the page it was pressed on", async ({ page }) => {
  const ivo = testAccount("Ivo");
  await installTestWallet(page, [ivo]);
  await page.goto("/bricks/demo-token");
  await page.getByRole("banner").getByRole("link", { name: "Sign in" }).click();
  await expect(page.getByTestId("sign-in-next")).toHaveText("After signing in you will come back to Demo token.");
  await page.getByRole("button", { name: `Sign in as ${ivo.name}` }).click();
  await page.waitForURL("**/bricks/demo-token");
});
