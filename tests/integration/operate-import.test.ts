// Importing an existing contract by address, on the real dev chain: a fungible token deployed
// outside Brickyard becomes a tracked instance of the published brick version (its code hash read
// from the chain); a contract whose code no brick publishes, an ordinary account, an address of the
// other platform's kind and a second import are each refused in one sentence, with nothing written;
// a viewer may not import. Two contracts deployed (in parallel, by two signers), nothing else.
import path from "node:path";
import type { ApiPromise } from "@polkadot/api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deploy, readBundle } from "@/bricks/_kit/tests/support/chain";
import { db } from "@/lib/db";
import { closeChainApis } from "@/lib/chain/api-pool";
import { REPO_ROOT } from "@/lib/chain/dev-chain/spec";
import { getInstance } from "@/lib/deployments/get-instance";
import { importContract } from "@/lib/deployments/imports/import-contract";
import { readConfigFile } from "@/lib/deployments/configs/read-config-file";
import { closeTestApi, getTestApi, testChainWs } from "@/tests/support/chain";
import { deployConsumer, makePerson, makeTeam, setupNetwork, type Person } from "./deploy-fixture";

let api: ApiPromise;
let network: { slug: string; id: string };
let deployer: Person;
let viewer: Person;
let team: { id: string };
let token: string;
let consumer: string;

const deployments = () => db.deployment.count();

beforeAll(async () => {
  api = await getTestApi();
  network = await setupNetwork(testChainWs());
  const owner = await makePerson(api, "Owner");
  deployer = await makePerson(api, "Deployer");
  viewer = await makePerson(api, "Viewer", 0n);
  team = await makeTeam(owner, [
    [deployer, "deployer"],
    [viewer, "viewer"],
  ]);
  const bundle = readBundle(path.resolve(REPO_ROOT, "bricks/fungible-token/dist/fungible-token.contract"));
  const [t, c] = await Promise.all([
    deploy(api, bundle, owner.pair, "new", ["Outside", "OUT", 2, 100_000, false, owner.address]),
    deployConsumer(api, deployer.pair),
  ]);
  token = t.address;
  consumer = c.address;
});
afterAll(async () => {
  await closeChainApis();
  await closeTestApi();
});

describe("import an existing contract by address", () => {
  it("tracks a contract that runs a published brick version, and says so", async () => {
    const imported = await importContract({
      actorId: deployer.id,
      input: { teamId: team.id, network: network.slug, address: ` ${token} `, name: "Outside token" },
    });
    expect(imported).toMatchObject({
      brick: "fungible-token",
      version: "1.0.0",
      sentence: "This contract runs Fungible token 1.0.0 — matches the published code.",
    });
    const d = await getInstance({ actorId: viewer.id, id: imported.deploymentId, viewerAddress: viewer.address });
    expect(d).toMatchObject({ name: "Outside token", status: "finalized", address: token, codeHashVerified: true });
    expect(d.events.map((e) => [e.status, e.actorName])).toEqual([["imported", "Deployer"]]);
    expect(d.events[0].detail).toContain("Nothing was written on chain.");
    expect(
      await db.auditLogEntry.count({
        where: { action: "deployment.import", target: `deployment:${imported.deploymentId}`, actorId: deployer.id },
      }),
    ).toBe(1);

    // The same contract again: refused, nothing written.
    const before = await deployments();
    await expect(
      importContract({ actorId: deployer.id, input: { teamId: team.id, network: network.slug, address: token } }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      userMessage: "Your team already tracks this contract as “Outside token”.",
    });
    expect(await deployments()).toBe(before);
  });

  it("refuses unknown code, an ordinary account, the other platform's address and a viewer, writing nothing", async () => {
    const before = await deployments();
    const attempt = (address: string, actorId = deployer.id) =>
      importContract({ actorId, input: { teamId: team.id, network: network.slug, address } });
    await expect(attempt(consumer)).rejects.toMatchObject({
      code: "BAD_INPUT",
      userMessage: expect.stringMatching(
        /^The contract at 5\w+ runs code that no published brick uses \(code hash 0x[0-9a-f]{64}\), so Brickyard cannot track it as a brick\. Add its metadata file to watch it as a contract of its own\.$/,
      ),
    });
    await expect(attempt(viewer.address)).rejects.toMatchObject({
      code: "BAD_INPUT",
      userMessage: `There is no contract at ${viewer.address} on Test chain ${network.slug}: it is an ordinary account, or the contract runs on another network (choose that one).`,
    });
    await expect(attempt("0x5FbDB2315678afecb367f032d93F642f64180aa3")).rejects.toMatchObject({
      code: "BAD_INPUT",
      fields: { address: [expect.stringContaining("is an Ethereum-style address, but contracts on Test chain")] },
    });
    await expect(attempt("hello")).rejects.toMatchObject({
      code: "BAD_INPUT",
      fields: {
        address: ['"hello" is not an address: paste the contract\'s address as the explorer or the deploy showed it.'],
      },
    });
    await expect(
      importContract({ actorId: deployer.id, input: { teamId: team.id, network: "no-such-net", address: token } }),
    ).rejects.toMatchObject({ code: "BAD_INPUT", fields: { network: [expect.any(String)] } });
    await expect(
      importContract({ actorId: deployer.id, input: { teamId: team.id, network: network.slug } }),
    ).rejects.toMatchObject({ name: "ZodError" });
    await expect(attempt(token, viewer.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await deployments()).toBe(before);
  });
});

describe("start a deploy from a configuration file", () => {
  const read = (text: string, brick = "fungible-token") =>
    readConfigFile({ actorId: deployer.id, input: { brick, version: "1.0.0", text } });
  const file = (over: Record<string, unknown> = {}) =>
    JSON.stringify({
      format: "brickyard-config/1",
      brick: "fungible-token",
      version: "0.9.0",
      network: "elsewhere",
      name: "Old coin",
      config: { name: "Old coin", symbol: "OLD", decimals: 2, initialSupply: "10" },
      ...over,
    });

  it("keeps what fits the version shown now and names what no longer does", async () => {
    expect(await read(file())).toEqual({
      defaults: { name: "Old coin", symbol: "OLD", decimals: 2, initialSupply: "10" },
      problems: [],
      name: "Old coin",
      from: "“Old coin” (version 0.9.0 on elsewhere)",
    });
    const stale = await read(
      file({ config: { name: "Old coin", symbol: "OLD COIN", decimals: 2, initialSupply: "10", burnable: true } }),
    );
    expect(stale.defaults).not.toHaveProperty("burnable");
    expect(stale.problems).toEqual([
      "“burnable” is not a setting of this version any more; it was left out.",
      expect.stringMatching(/^Symbol: /),
    ]);
  });

  it("refuses a file that is not JSON, not a Brickyard configuration, or for another brick, in one sentence each", async () => {
    await expect(read("name,symbol\nx,y")).rejects.toMatchObject({
      code: "BAD_INPUT",
      fields: { file: ["This file is not JSON: choose a file that “Export this configuration” downloaded."] },
    });
    await expect(read(JSON.stringify({ hello: 1 }))).rejects.toMatchObject({
      code: "BAD_INPUT",
      fields: { file: ["This is not a Brickyard configuration file (its “format” is not brickyard-config/1)."] },
    });
    await expect(read(file({ config: [1, 2] }))).rejects.toMatchObject({
      code: "BAD_INPUT",
      fields: { file: ["The file has no settings (“config”)."] },
    });
    await expect(read(file({ brick: "price-feed-oracle" }))).rejects.toMatchObject({
      code: "BAD_INPUT",
      fields: {
        file: [
          "This file is for the brick “price-feed-oracle”, not Fungible token: open that brick's deploy page to use it.",
        ],
      },
    });
    await expect(read(file(), "no-such-brick")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      readConfigFile({
        actorId: deployer.id,
        input: { brick: "fungible-token", version: "1.0.0", text: "x".repeat(70_000) },
      }),
    ).rejects.toMatchObject({ name: "ZodError" });
  });
});
