// The "Owners" panel on a brick's management page: //Alice (platform admin) sees who owns a seeded
// brick (the platform) and the transfer form; a bad address is refused in the browser, an address
// nobody signed in with is refused by the server after the confirmation, and the owner stays the
// same. Screenshots: .tmp/screenshots/brick-owners-{1280,412}.png.
import { expect, test } from "@playwright/test";
import { installTestWallet, signInWithWallet, type TestAccount } from "./fixtures/wallet";

const ALICE: TestAccount = { name: "Alice", uri: "//Alice", type: "sr25519" };
const NOBODY = "5HGjWAeFDfFCWPsjFQdVV2Msvz2XtMktvgocEZcCj68kUMaw"; // //Eve: never signs in in the e2e run

test("owners panel: who owns the brick, and a transfer that is confirmed and refused in plain words", async ({
  page,
}) => {
  await installTestWallet(page, [ALICE]);
  await signInWithWallet(page, ALICE, "/publish/fungible-token/1.0.0");
  const panel = page.getByRole("region", { name: "Owners" });
  await expect(panel).toContainText("Owned by: Brickyard itself");

  await panel.getByLabel("Their wallet address").fill("not an address");
  await panel.getByRole("button", { name: "Transfer ownership" }).click();
  await expect(panel.getByRole("alert")).toHaveText("This is not a valid Polkadot (SS58) address.");

  await panel.getByLabel("Their wallet address").fill(NOBODY);
  let asked = "";
  page.once("dialog", (d) => {
    asked = d.message();
    void d.accept();
  });
  await panel.getByRole("button", { name: "Transfer ownership" }).click();
  await expect(panel.getByRole("alert")).toHaveText("Not a Brickyard user yet.");
  expect(asked).toContain(`Give "fungible-token" to ${NOBODY}?`);
  await page.reload();
  await expect(panel).toContainText("Owned by: Brickyard itself");

  await page.setViewportSize({ width: 1280, height: 900 });
  await panel.scrollIntoViewIfNeeded();
  await page.screenshot({ path: ".tmp/screenshots/brick-owners-1280.png", fullPage: true });
  await page.setViewportSize({ width: 412, height: 915 });
  await page.screenshot({ path: ".tmp/screenshots/brick-owners-412.png", fullPage: true });
});
