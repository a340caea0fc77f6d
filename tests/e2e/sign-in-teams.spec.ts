// Wallet sign-in and teams, as people would click through them, with a fake wallet injected into
// Chromium (tests/e2e/fixtures/wallet.ts). Screenshots go to .tmp/screenshots/ for review.
import { expect, test } from "@playwright/test";
import { installTestWallet, signInWithWallet, testAccount } from "./fixtures/wallet";

const shot = (name: string) => ({ path: `.tmp/screenshots/${name}.png`, fullPage: true });

test("sign in, create a team, invite a viewer who cannot reach owner actions", async ({ page, browser }) => {
  const olga = testAccount("Olga");
  await installTestWallet(page, [olga, testAccount("Olga spare", "ed25519")]);
  await page.goto("/sign-in?callbackUrl=%2Fteams");
  await expect(page.getByRole("heading", { name: "Choose an account" })).toBeVisible();
  await page.getByRole("radio", { name: /Olga spare/ }).check();
  await page.getByRole("radio", { name: /^Olga(?! spare)/ }).check();
  await page.screenshot(shot("sign-in-choose-account"));
  await page.getByRole("button", { name: `Sign in as ${olga.name}` }).click();
  await page.waitForURL("**/teams");
  await expect(page.getByTestId("account-chip")).toContainText(olga.name);
  await expect(page.getByRole("list", { name: "Teams" })).toContainText(`${olga.name}'s team`); // personal team

  const teamName = `Treasury ${Date.now().toString(36)}`;
  await page.getByLabel("Team name").fill(teamName);
  await page.getByRole("button", { name: "Create team" }).click();
  await expect(page.getByRole("heading", { level: 1, name: teamName })).toBeVisible();
  // The only owner is offered neither "Leave team" nor a role change on themselves.
  await expect(page.getByTestId("sole-owner-note")).toBeVisible();
  await expect(page.getByRole("button", { name: "Leave team" })).toHaveCount(0);
  await expect(page.getByRole("combobox", { name: /^Role of/ })).toHaveCount(0);
  const teamUrl = page.url();
  const teamId = await page.locator("[data-team-id]").getAttribute("data-team-id");

  await page.getByLabel("Role", { exact: true }).selectOption("viewer");
  await page.getByRole("button", { name: "Create invite link" }).click();
  const link = await page.getByLabel("Send this link to the person you invite").inputValue();
  expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
  await page.screenshot(shot("team-owner"));

  // The invitee, in a browser of their own.
  const vicContext = await browser.newContext();
  const vicPage = await vicContext.newPage();
  const vic = testAccount("Vic", "ed25519");
  await installTestWallet(vicPage, [vic]);
  await vicPage.goto(link);
  await expect(
    vicPage.getByRole("heading", { name: `${olga.name} invites you to join ${teamName} as viewer` }),
  ).toBeVisible();
  await vicPage.screenshot(shot("invite-signed-out"));
  await vicPage.getByRole("link", { name: "Sign in to accept" }).click();
  await vicPage.getByRole("button", { name: `Sign in as ${vic.name}` }).click();
  await vicPage.waitForURL(link);
  await vicPage.screenshot(shot("invite-signed-in"));
  await vicPage.getByRole("button", { name: `Join ${teamName}` }).click();
  await vicPage.waitForURL(teamUrl);

  // A viewer sees no owner actions …
  await expect(vicPage.getByRole("heading", { level: 1, name: teamName })).toBeVisible();
  await expect(vicPage.getByRole("form", { name: "Rename team" })).toHaveCount(0);
  await expect(vicPage.getByRole("button", { name: "Create invite link" })).toHaveCount(0);
  await expect(vicPage.getByRole("combobox", { name: /^Role of/ })).toHaveCount(0);
  await expect(vicPage.getByRole("button", { name: "Remove" })).toHaveCount(0);
  await vicPage.screenshot(shot("team-viewer"));

  // … and the server refuses them when called directly, with the viewer's own session cookie.
  const olgaId = (await vicPage.request.get("/api/auth/session").then((r) => r.json())).user?.id;
  expect(olgaId).toBeTruthy();
  const calls = [
    vicPage.request.patch(`/api/teams/${teamId}`, { data: { name: "Hijacked" } }),
    vicPage.request.post(`/api/teams/${teamId}/invites`, { data: { role: "owner" } }),
    vicPage.request.patch(`/api/teams/${teamId}/members/${olgaId}`, { data: { role: "owner" } }),
  ];
  for (const res of await Promise.all(calls)) {
    expect(res.status()).toBe(403);
    expect((await res.json()).error.code).toBe("FORBIDDEN");
  }
  // A stranger (not signed in) gets 401, and the team is unchanged.
  const anon = await browser.newContext({ baseURL: new URL(page.url()).origin });
  expect((await anon.request.patch(`/api/teams/${teamId}`, { data: { name: "Hijacked" } })).status()).toBe(401);

  // The owner sees the new member and the history.
  await page.reload();
  await expect(page.getByRole("list", { name: "Members" })).toContainText(vic.name);
  await expect(page.getByRole("list", { name: "Team history" })).toContainText("joined as viewer");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(teamName);
  await Promise.all([vicContext.close(), anon.close()]);
});

test("explains a missing wallet", async ({ page }) => {
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { name: "No Polkadot wallet found" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Talisman" })).toBeVisible();
  await page.screenshot(shot("sign-in-no-wallet"));
});

test("explains a cancelled signature, then signs in on retry", async ({ page }) => {
  const rita = testAccount("Rita");
  const wallet = await installTestWallet(page, [rita], { mode: "reject" });
  await page.goto("/sign-in");
  await page.getByRole("button", { name: `Sign in as ${rita.name}` }).click();
  await expect(page.getByRole("heading", { name: "You cancelled the signature" })).toBeVisible();
  await page.screenshot(shot("sign-in-rejected"));
  wallet.setMode("sign");
  await page.getByRole("button", { name: "Try again" }).click();
  await page.getByRole("button", { name: `Sign in as ${rita.name}` }).click();
  await page.waitForURL("**/teams");
});

test("explains a signature the server refuses", async ({ page }) => {
  const sam = testAccount("Sam");
  await installTestWallet(page, [sam], { mode: "wrong-key" });
  await page.goto("/sign-in");
  await page.getByRole("button", { name: `Sign in as ${sam.name}` }).click();
  await expect(page.getByRole("heading", { name: "Sign-in did not work" })).toBeVisible();
  const panel = page.getByRole("alert").filter({ hasText: "Sign-in did not work" });
  await expect(panel).toContainText("The signature does not match this message and account.");
  await page.screenshot(shot("sign-in-failed"));
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible(); // still signed out
});

test("sign-out ends the session on the server, not only in the browser", async ({ page, browser }) => {
  const sid = testAccount("Sid", "ecdsa");
  await installTestWallet(page, [sid]);
  await signInWithWallet(page, sid);
  const cookies = await page.context().cookies();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  // Someone who kept a copy of the cookie gets nothing from it.
  const copy = await browser.newContext();
  await copy.addCookies(cookies);
  const stale = await copy.newPage();
  await stale.goto(new URL("/teams", page.url()).toString());
  await expect(stale).toHaveURL(/\/sign-in\?callbackUrl=%2Fteams/);
  await copy.close();
});
