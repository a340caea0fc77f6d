// Playwright e2e in Debian's Chromium against the real app: `npm start` on a fresh test database,
// with the local dev chain, serving the first-party bricks and the test fixture bricks.
import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3210);
const chainPort = Number(process.env.E2E_CHAIN_PORT ?? 9964);
const reviveChainPort = Number(process.env.E2E_REVIVE_CHAIN_PORT ?? 9965);
const chromium = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

export const E2E_BASE_URL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: ".tmp/e2e-results",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"], ["json", { outputFile: ".tmp/playwright.json" }]] : [["list"]],
  use: {
    baseURL: E2E_BASE_URL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: chromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], channel: undefined } },
    { name: "phone", use: { ...devices["Pixel 7"] }, testMatch: /catalog\.spec\.ts/ },
  ],
  webServer: {
    command: "rm -rf .tmp/e2e-db && npm start",
    url: `${E2E_BASE_URL}/`,
    // Start-up builds the app and, on a fresh clone, verifies the Solidity bricks by recompiling them once.
    timeout: 900_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      DATABASE_URL: "file:./.tmp/e2e-db/app.db",
      PORT: String(port),
      DEV_CHAIN_PORT: String(chainPort),
      DEV_REVIVE_CHAIN_PORT: String(reviveChainPort),
      // upgrade-target: allowlist-registry 1.2.0, what operate.spec.ts upgrades an instance to.
      BRICKS_DIR: "bricks:tests/fixtures/bricks:tests/fixtures/bricks/upgrade-target",
      // Every run starts its dev chain from genesis, with its blocks kept beside the test database.
      DEV_CHAIN_FRESH: "1",
      DEV_CHAIN_DB_DIR: ".tmp/e2e-db/chains",
      NEXTAUTH_URL: E2E_BASE_URL,
      // //Alice (sr25519) is a platform admin, so tests grant roles through the admin UI as a person would.
      ADMIN_ADDRESSES: "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY",
      // TEST-ONLY (issue 13's e2e): functions may reach the spec's local test API on 127.0.0.1 and use
      // http://, as the workers allow under the same setting (scripts/worker.ts). Never set in production.
      FUNCTIONS_TEST_ALLOW_PRIVATE: "1",
    },
  },
});
