// From publishing to a running instance on the real dev chain: the ink! v4 and v5 erc20 bundles are
// published as bricks, their code uploaded with a pre-signed contracts.uploadCode (the API/CLI
// path), and an instance of each deployed from the code hash through @polkadot/api-contract with
// arguments encoded from the brick's form. Yanked versions cannot be deployed; teams are told.
import "@polkadot/api-augment";
import type { ApiPromise } from "@polkadot/api";
import { BlueprintPromise, type ContractPromise } from "@polkadot/api-contract";
import type { BlueprintSubmittableResult } from "@polkadot/api-contract/base";
import type { KeyringPair } from "@polkadot/keyring/types";
import type { WeightV2 } from "@polkadot/types/interfaces";
import { hexToU8a, u8aToHex } from "@polkadot/util";
import { blake2AsHex, randomAsU8a } from "@polkadot/util-crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { encodeArgs } from "@/lib/bricks/abi-mapping";
import { parseBundle } from "@/lib/bricks/bundle";
import { ZManifest } from "@/lib/bricks/manifest-schema";
import { assertDeployable, deprecationWarning } from "@/lib/publishing/deployable";
import { deprecateVersion } from "@/lib/publishing/deprecate-version";
import { listYankedDeployments } from "@/lib/publishing/list-yanked-deployments";
import { publishVersion } from "@/lib/publishing/publish-version";
import { recordCodeUpload } from "@/lib/publishing/record-code-upload";
import { submitCodeUpload } from "@/lib/publishing/submit-code-upload";
import { yankVersion } from "@/lib/publishing/yank-version";
import { closeTestApi, getDevAccounts, getTestApi, sendAndWait, testChainWs } from "@/tests/support/chain";
import { erc20Manifest, makePerson, REPORT, run, sharedBundle, slugFor, type Person } from "./publish-fixture";

let api: ApiPromise;
let alice: KeyringPair;
let auditor: Person;
const network = `${run}-dev`;
const BUNDLES = ["ink-v4-erc20", "ink-v5-erc20"] as const;
const slugOf = (b: string) => slugFor(`deploy-${b}`);

beforeAll(async () => {
  api = await getTestApi();
  ({ alice } = await getDevAccounts());
  auditor = await makePerson("Chain auditor", "auditor");
  await db.network.create({
    data: {
      slug: network,
      name: "Test dev chain",
      rpcUrl: testChainWs(),
      tokenSymbol: "PAS",
      decimals: 10,
      isDevChain: true,
    },
  });
  for (const b of BUNDLES) {
    await publishVersion({
      actorId: auditor.id,
      manifest: erc20Manifest(slugOf(b), "1.0.0", { networksText: network }),
      bundleText: sharedBundle(b),
      report: REPORT,
      source: "api",
    });
  }
});
afterAll(async () => {
  await closeTestApi();
  await db.$disconnect();
});

const maxGas = () =>
  api.registry.createType<WeightV2>("WeightV2", api.consts.system.blockWeights.perClass.normal.maxExtrinsic.unwrap());

async function signedUpload(wasm: Uint8Array): Promise<string> {
  const xt = api.tx.contracts.uploadCode(u8aToHex(wasm), null, "Enforced");
  await xt.signAsync(alice, { nonce: -1 });
  return xt.toHex();
}

/** What the deploy flow does: refuse yanked versions, encode the answers, dry-run, instantiate from the code hash. */
async function deployFromCodeHash(slug: string, answers: Record<string, unknown>): Promise<ContractPromise> {
  const v = await db.brickVersion.findFirstOrThrow({ where: { brick: { slug }, version: "1.0.0" } });
  assertDeployable(v);
  const manifest = ZManifest.parse(JSON.parse(v.manifest));
  const bundle = parseBundle({ ...JSON.parse(v.abi), source: { ...JSON.parse(v.abi).source, wasm: u8aToHex(v.wasm) } });
  const args = encodeArgs(manifest, bundle, answers, { signer: alice.address });
  const blueprint = new BlueprintPromise(api, JSON.parse(v.abi), v.codeHash);
  const salt = randomAsU8a(32);
  const data = blueprint.abi.findConstructor(manifest.constructor.name).toU8a(args);
  const dry = await api.call.contractsApi.instantiate(
    alice.address,
    0,
    maxGas(),
    null,
    { Existing: v.codeHash },
    data,
    u8aToHex(salt),
  );
  expect(dry.result.isOk, dry.result.toString()).toBe(true);
  const storageDepositLimit = dry.storageDeposit.isCharge ? dry.storageDeposit.asCharge : null;
  const { result, error } = await sendAndWait(
    blueprint.tx[manifest.constructor.name]({ gasLimit: dry.gasRequired, storageDepositLimit, salt }, ...args),
    alice,
  );
  expect(error).toBeUndefined();
  const { contract } = result as BlueprintSubmittableResult<"promise">;
  expect(contract, "no Instantiated event").toBeDefined();
  return contract!;
}

describe("code on networks and deploys from the code hash", () => {
  it.each(BUNDLES)(
    "uploads the %s code with a pre-signed extrinsic, then deploys an instance from its code hash",
    async (b) => {
      const slug = slugOf(b);
      const v = await db.brickVersion.findFirstOrThrow({ where: { brick: { slug } } });
      const row = await submitCodeUpload({
        actorId: auditor.id,
        slug,
        version: "1.0.0",
        network,
        signedExtrinsic: await signedUpload(v.wasm),
      });
      expect(row).toMatchObject({
        codeHash: v.codeHash,
        extrinsicHash: expect.stringMatching(/^0x/),
        blockHash: expect.stringMatching(/^0x/),
      });
      expect(((await api.query.contracts.codeInfoOf(v.codeHash)) as unknown as { isSome: boolean }).isSome).toBe(true);

      const contract = await deployFromCodeHash(slug, { totalSupply: "1000" });
      const { output } = await contract.query.totalSupply(alice.address, {
        gasLimit: maxGas(),
        storageDepositLimit: null,
      });
      expect(JSON.stringify(output?.toJSON())).toContain(String(1000n * 10n ** 12n));
    },
  );

  it("records an upload only when the chain holds the code, and refuses an extrinsic for other code", async () => {
    const slug = slugOf("ink-v5-erc20");
    const again = await recordCodeUpload({ actorId: auditor.id, slug, version: "1.0.0", network });
    expect(again.codeHash).toMatch(/^0x/);

    // A valid bundle whose code was never uploaded: the v5 wasm with a custom section appended.
    const json = JSON.parse(sharedBundle("ink-v5-erc20"));
    const wasm = new Uint8Array([...hexToU8a(json.source.wasm), 0x00, 0x05, 0x04, 0x74, 0x65, 0x73, 0x74]);
    json.source.wasm = u8aToHex(wasm);
    json.source.hash = blake2AsHex(wasm, 256);
    const fresh = slugFor("never-uploaded");
    await publishVersion({
      actorId: auditor.id,
      manifest: erc20Manifest(fresh),
      bundleText: JSON.stringify(json),
      report: REPORT,
      source: "ui",
    });
    await expect(
      recordCodeUpload({ actorId: auditor.id, slug: fresh, version: "1.0.0", network }),
    ).rejects.toMatchObject({ code: "BAD_INPUT", userMessage: expect.stringMatching(/is not on Test dev chain/) });

    const v4 = await db.brickVersion.findFirstOrThrow({ where: { brick: { slug: slugOf("ink-v4-erc20") } } });
    await expect(
      submitCodeUpload({
        actorId: auditor.id,
        slug: fresh,
        version: "1.0.0",
        network,
        signedExtrinsic: await signedUpload(v4.wasm),
      }),
    ).rejects.toThrow(/uploads code with hash 0x[0-9a-f]+, not version 1\.0\.0's code/);
    expect(await db.codeUpload.count({ where: { brickVersion: { brick: { slug: fresh } } } })).toBe(0);
  });

  it("warns about deprecated versions, refuses yanked ones, and tells the teams running them", async () => {
    const slug = slugOf("ink-v4-erc20");
    await deprecateVersion({
      actorId: auditor.id,
      slug,
      version: "1.0.0",
      reason: "superseded, please use the v5 build",
    });
    const dep = await db.brickVersion.findFirstOrThrow({ where: { brick: { slug } } });
    expect(deprecationWarning(dep)).toMatch(/^Version 1\.0\.0 is deprecated: superseded/);

    const owner = await makePerson("Instance owner");
    const stranger = await makePerson("Stranger");
    const team = await db.team.create({
      data: { slug: `${run}-team`, name: "Instance team", members: { create: { userId: owner.id, role: "owner" } } },
    });
    const net = await db.network.findUniqueOrThrow({ where: { slug: network } });
    await db.deployment.create({
      data: {
        idempotencyKey: `${run}-d1`,
        teamId: team.id,
        createdById: owner.id,
        brickVersionId: dep.id,
        networkId: net.id,
        name: "Team token",
        config: "{}",
        constructorName: "new",
        args: "[]",
        salt: "0x00",
        status: "finalized",
        address: alice.address,
      },
    });
    expect(await listYankedDeployments({ actorId: owner.id, teamId: team.id })).toEqual([]);

    await yankVersion({ actorId: auditor.id, slug, version: "1.0.0", reason: "a test found a bug in transfer_from" });
    await expect(deployFromCodeHash(slug, { totalSupply: "5" })).rejects.toThrow(
      "Version 1.0.0 was withdrawn (yanked): a test found a bug in transfer_from.",
    );
    expect(await db.brick.findUniqueOrThrow({ where: { slug } })).toMatchObject({
      latestVersion: null,
      audited: false,
    });
    expect(await listYankedDeployments({ actorId: owner.id, teamId: team.id })).toEqual([
      expect.objectContaining({
        name: "Team token",
        version: "1.0.0",
        yankedReason: "a test found a bug in transfer_from",
        brick: expect.objectContaining({ slug }),
      }),
    ]);
    expect(await listYankedDeployments({ actorId: stranger.id, teamId: team.id })).toEqual([]);
    const log = await db.auditLogEntry.findMany({
      where: { target: `brick:${slug}@1.0.0`, action: { in: ["brick.deprecate", "brick.yank"] } },
      orderBy: { createdAt: "asc" },
    });
    expect(log.map((l) => [l.action, JSON.parse(l.detail!).reason])).toEqual([
      ["brick.deprecate", "superseded, please use the v5 build"],
      ["brick.yank", "a test found a bug in transfer_from"],
    ]);
  });

  it("lets only auditors and admins yank, with a reason", async () => {
    const builder = await makePerson("Builder");
    const slug = slugOf("ink-v5-erc20");
    await expect(
      yankVersion({ actorId: builder.id, slug, version: "1.0.0", reason: "I do not like it at all" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(yankVersion({ actorId: auditor.id, slug, version: "1.0.0", reason: "bad" })).rejects.toThrow(
      /at least 10 characters/,
    );
    expect((await db.brickVersion.findFirstOrThrow({ where: { brick: { slug } } })).yankedAt).toBeNull();
  });
});
