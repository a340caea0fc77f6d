// Shared by the publish-*.test.ts files: auditors with real keys (so they can sign), drafts for the
// ink! erc20 bundles in ../shared, and a refusal to run anywhere but a test database.
import { readFileSync } from "node:fs";
import path from "node:path";
import { Keyring } from "@polkadot/keyring";
import type { KeyringPair } from "@polkadot/keyring/types";
import { stringToU8a, u8aToHex, u8aWrapBytes } from "@polkadot/util";
import { cryptoWaitReady } from "@polkadot/util-crypto";
import { db } from "@/lib/db";
import { REPO_ROOT } from "@/lib/chain/dev-chain/spec";
import { draftToManifest } from "@/lib/publishing/draft-to-manifest";
import type { TAuditReportInput } from "@/lib/audits/schemas";
import type { TCheckDraft } from "@/lib/publishing/schemas";
import { erc20Draft } from "../unit/publishing/draft";

if (!/\.tmp\//.test(process.env.DATABASE_URL ?? "")) {
  throw new Error(
    `Refusing to run publish tests against ${process.env.DATABASE_URL ?? "the default database"}: expected a test database under .tmp/.`,
  );
}

export const run = `pub${Date.now().toString(36)}`;
let n = 0;

export type Person = { id: string; pair: KeyringPair };

/** A user whose wallet account is a real sr25519 key; `roles` e.g. "auditor". */
export async function makePerson(name: string, roles = ""): Promise<Person> {
  await cryptoWaitReady();
  const pair = new Keyring({ type: "sr25519", ss58Format: 42 }).addFromUri(`//${run}//${name}//${n++}`);
  const user = await db.user.create({
    data: {
      name,
      platformRoles: roles,
      accounts: { create: { publicKey: u8aToHex(pair.publicKey), address: pair.address, keyType: "sr25519" } },
    },
  });
  return { id: user.id, pair };
}

/** What a browser wallet's signRaw returns for this text. */
export function walletSign(pair: KeyringPair, text: string): string {
  return u8aToHex(pair.sign(u8aWrapBytes(stringToU8a(text))));
}

export function sharedBundle(name: "ink-v4-erc20" | "ink-v5-erc20"): string {
  return readFileSync(path.resolve(REPO_ROOT, "../shared/contracts", `${name}.contract.json`), "utf8");
}

export function erc20Manifest(slug: string, version = "1.0.0", over: Partial<TCheckDraft> = {}) {
  // The unit tests' erc20 draft, with this test's identity; the bundle is sent separately.
  const draft = erc20Draft({
    bundleText: "",
    slug,
    name: "Test ERC-20",
    summary: "A fixed-supply token from the ink! examples, published in a test.",
    description: "# ERC-20\n\nAll tokens go to the deployer.",
    tagsText: "erc20",
    version,
    changelog: `Version ${version}.`,
    ...over,
  });
  return draftToManifest(draft).manifest;
}

export const REPORT: TAuditReportInput = {
  markdown: "# Audit\n\nWe reviewed every message of the ERC-20 contract. No issue blocks deployment.",
  scope: "erc20 lib.rs, all messages",
  findings: [{ title: "approve() can be front-run", severity: "low", status: "acknowledged" }],
};

export function slugFor(name: string): string {
  return `${run}-${name}`;
}
