// Networks as data: a second real chopsticks chain is added through the networks service (the live
// check reads its genesis, token and platform), a brick is deployed there, the network is disabled,
// re-checked with another genesis, and refused URLs write nothing. Plus health, the dev-chain
// faucet and reset detection on start ("missing on chain").
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { ApiPromise } from "@polkadot/api";
import { WebSocketServer } from "ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { closeChainApis } from "@/lib/chain/api-pool";
import { connectApi, disconnectApi } from "@/lib/chain/connect";
import { startDevChain, type TDevChain } from "@/lib/chain/dev-chain";
import { prepareDeployment } from "@/lib/deployments/prepare-deployment";
import { submitSignature } from "@/lib/deployments/submit-signature";
import { DeploymentTracker } from "@/lib/deployments/tracker/deployment-tracker";
import { addNetwork } from "@/lib/networks/add-network";
import { confirmGenesisChange } from "@/lib/networks/confirm-genesis-change";
import { deleteNetwork } from "@/lib/networks/delete-network";
import { editNetwork } from "@/lib/networks/edit-network";
import { fundTestAccount } from "@/lib/networks/fund-test-account";
import { listAvailableNetworks } from "@/lib/networks/list-available-networks";
import { networkHealth } from "@/lib/networks/network-health";
import { recheckNetwork } from "@/lib/networks/recheck-network";
import { setNetworkEnabled } from "@/lib/networks/set-network-enabled";
import { refreshDevNetwork } from "@/lib/setup/refresh-dev-network";
import { closeTestApi, getTestApi, testChainWs } from "@/tests/support/chain";
import { startNoContractsProxy } from "@/tests/support/no-contracts-proxy";
import {
  idempotencyKey,
  makePerson,
  makeTeam,
  run,
  setupNetwork,
  waitForDeployment,
  walletSignPayload,
  type Person,
} from "./deploy-fixture";
import { makeUser } from "./teams-fixture";

let second: TDevChain;
let api2: ApiPromise;
let adminId: string;
let builder: Person;
let team: { id: string };
let tracker: DeploymentTracker;
const slug = `${run}-second`;
const servers: { close(cb?: () => void): unknown }[] = [];

const networkCount = () => db.network.count();

/** A port nothing listens on (opened, then closed again). */
async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, "127.0.0.1", r));
  const { port } = s.address() as AddressInfo;
  await new Promise((r) => s.close(r));
  return port;
}

async function listen(server: Server | WebSocketServer): Promise<number> {
  servers.push(server);
  if (server instanceof WebSocketServer) {
    await new Promise<void>((r) => server.on("listening", r));
    return (server.address() as AddressInfo).port;
  }
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return (server.address() as AddressInfo).port;
}

beforeAll(async () => {
  const [chain] = await Promise.all([startDevChain({ port: 0 }), setupNetwork(testChainWs())]);
  second = chain;
  api2 = await connectApi(second.wsUrl, { timeoutMs: 30_000 });
  adminId = await makeUser("Network admin", "admin");
  builder = await makePerson(api2, "Builder on the second chain");
  team = await makeTeam(builder);
  tracker = new DeploymentTracker({ intervalMs: 300 }).start();
});

afterAll(async () => {
  await tracker?.stop();
  await closeChainApis();
  await disconnectApi(api2);
  await second?.close();
  await closeTestApi();
  for (const s of servers) s.close();
});

describe("adding a network by URL", () => {
  it("refuses, in one sentence and without writing, what is not a usable chain", async () => {
    const before = await networkCount();
    const input = (rpcUrl: string) => ({ slug: `${run}-bad`, name: "Bad chain", rpcUrl });
    const refusal = (rpcUrl: string) =>
      addNetwork({ actorId: adminId, input: input(rpcUrl), timeoutMs: 3_000 }).then(
        () => null,
        (e: { code: string; userMessage: string; fields?: Record<string, string[]> }) => e,
      );

    const down = await refusal(`ws://127.0.0.1:${await closedPort()}`);
    expect(down).toMatchObject({
      code: "BAD_INPUT",
      fields: { rpcUrl: [expect.stringMatching(/unreachable: nothing is listening there/)] },
    });

    const web = createServer((_, res) => res.end("<h1>hello</h1>"));
    const webPort = await listen(web);
    expect((await refusal(`ws://127.0.0.1:${webPort}`))?.userMessage).toMatch(
      /plain web server \(it answered HTTP 200\)/,
    );

    const chatty = new WebSocketServer({ port: 0, host: "127.0.0.1" });
    chatty.on("connection", (socket) => socket.on("message", () => socket.send("hello, I am a chat server")));
    expect((await refusal(`ws://127.0.0.1:${await listen(chatty)}`))?.userMessage).toMatch(
      /answers on WebSocket but is not a Substrate node/,
    );

    const silent = new WebSocketServer({ port: 0, host: "127.0.0.1" });
    expect((await refusal(`ws://127.0.0.1:${await listen(silent)}`))?.userMessage).toMatch(
      /did not answer within 3 s \(timed out\)/,
    );

    expect((await refusal(`wss://127.0.0.1:${webPort}`))?.userMessage).toMatch(/TLS error/);
    expect((await refusal("http://example.org"))?.fields?.rpcUrl?.[0]).toMatch(/starts with ws:\/\/ or wss:\/\//);

    // The only stand-in here: no real chain without a contract pallet is available, so a proxy
    // hides the second chain's Contracts pallet and ContractsApi (tests/support/no-contracts-proxy.ts).
    const proxy = await startNoContractsProxy(second.wsUrl);
    servers.push(proxy);
    const noPallet = await addNetwork({ actorId: adminId, input: input(proxy.url), timeoutMs: 30_000 }).catch(
      (e: { userMessage: string }) => e,
    );
    expect((noPallet as { userMessage?: string }).userMessage).toMatch(/This chain has no smart-contract pallet/);

    const notAdmin = await makeUser("Not an admin");
    await expect(addNetwork({ actorId: notAdmin, input: input(second.wsUrl) })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await networkCount()).toBe(before);
  });

  it("checks the second chain live and stores what it says", async () => {
    const { network, notes } = await addNetwork({
      actorId: adminId,
      input: {
        slug,
        name: "Second chain",
        rpcUrl: second.wsUrl,
        isDevChain: true,
        explorerAccountUrl: "https://explorer.example/account/{address}",
        explorerTxUrl: "https://explorer.example/extrinsic/{hash}",
      },
    });
    const props = await api2.rpc.system.properties();
    expect(network).toMatchObject({
      slug,
      genesisHash: api2.genesisHash.toHex(),
      chainName: (await api2.rpc.system.chain()).toString(),
      specName: api2.runtimeVersion.specName.toString(),
      specVersion: api2.runtimeVersion.specVersion.toNumber(),
      tokenSymbol: props.tokenSymbol.unwrap()[0].toString(),
      decimals: props.tokenDecimals.unwrap()[0].toNumber(),
      platform: "contracts",
      enabled: true,
    });
    expect(Array.isArray(notes)).toBe(true);
    await expect(
      addNetwork({ actorId: adminId, input: { slug: `${slug}-again`, name: "Same URL", rpcUrl: second.wsUrl } }),
    ).rejects.toMatchObject({ code: "CONFLICT", fields: { rpcUrl: [expect.any(String)] } });
    const health = await networkHealth(network, { fresh: true });
    expect(health).toMatchObject({ reachable: true, genesisChanged: false });
    expect(health.lastBlockNumber).toBeGreaterThan(0);
  });
});

describe("deploying to the added network", () => {
  let deploymentId: string;
  const target = () => ({
    brick: "fungible-token",
    version: "1.0.0",
    teamId: team.id,
    network: slug,
    name: "Coin on the second chain",
    config: { name: "Coin", symbol: "CN", decimals: 0, initialSupply: "10" },
  });

  it("deploys a brick there (published before the network existed)", async () => {
    const version = await db.brickVersion.findFirstOrThrow({
      where: { brick: { slug: "fungible-token" }, version: "1.0.0" },
    });
    expect(version.createdAt.getTime()).toBeLessThan(
      (await db.network.findUniqueOrThrow({ where: { slug } })).createdAt.getTime(),
    );
    expect((await listAvailableNetworks(version)).available.map((n) => n.slug)).toContain(slug);
    const prepared = await prepareDeployment({
      actor: { id: builder.id, address: builder.address },
      input: { ...target(), idempotencyKey: idempotencyKey() },
    });
    await submitSignature({
      actorId: builder.id,
      input: {
        deploymentId: prepared.deploymentId,
        kind: "instantiate",
        signature: walletSignPayload(api2, builder.pair, prepared.payload!),
      },
      tracker,
    });
    const done = await waitForDeployment(
      prepared.deploymentId,
      (d) => d.status === "finalized" || d.status === "failed",
    );
    expect(done.status).toBe("finalized");
    deploymentId = done.id;
    expect((await api2.query.contracts.contractInfoOf(done.address!)).isSome).toBe(true);
    const api1 = await getTestApi();
    expect((await api1.query.contracts.contractInfoOf(done.address!)).isNone).toBe(true);
  });

  it("takes no new deploys once disabled, and says why; enabling lets them through again", async () => {
    await setNetworkEnabled({ actorId: adminId, slug, enabled: false });
    const version = await db.brickVersion.findFirstOrThrow({
      where: { brick: { slug: "fungible-token" }, version: "1.0.0" },
    });
    expect((await listAvailableNetworks(version)).missing).toContainEqual({
      slug,
      name: "Second chain",
      reason: "disabled by a platform admin",
    });
    const before = await db.deployment.count();
    await expect(
      prepareDeployment({
        actor: { id: builder.id, address: builder.address },
        input: { ...target(), idempotencyKey: idempotencyKey() },
      }),
    ).rejects.toMatchObject({ code: "BAD_INPUT", userMessage: expect.stringMatching(/disabled by a platform admin/) });
    expect(await db.deployment.count()).toBe(before);
    expect(await db.deployment.findUnique({ where: { id: deploymentId } })).not.toBeNull(); // still visible
    await setNetworkEnabled({ actorId: adminId, slug, enabled: true });
    expect((await listAvailableNetworks(version)).available.map((n) => n.slug)).toContain(slug);
  });

  it("marks the network changed when a check finds another genesis, blocking deploys until confirmed", async () => {
    const real = api2.genesisHash.toHex();
    await db.network.update({ where: { slug }, data: { genesisHash: `0x${"ab".repeat(32)}` } });
    const checked = await recheckNetwork({ actorId: adminId, slug });
    expect(checked.genesisChanged).toBe(true);
    expect(checked.network).toMatchObject({ genesisHash: `0x${"ab".repeat(32)}`, changedGenesisHash: real });
    await expect(
      prepareDeployment({
        actor: { id: builder.id, address: builder.address },
        input: { ...target(), idempotencyKey: idempotencyKey() },
      }),
    ).rejects.toThrow(/reset or replaced/);
    const confirmed = await confirmGenesisChange({ actorId: adminId, slug });
    expect(confirmed).toMatchObject({ genesisHash: real, genesisChangedAt: null });
  });

  it("edits display settings (bad ones named by field) and never deletes a network with deployments", async () => {
    await expect(
      editNetwork({ actorId: adminId, slug, input: { explorerTxUrl: "https://x.example/tx" } }),
    ).rejects.toMatchObject({ code: "BAD_INPUT", fields: { explorerTxUrl: [expect.stringMatching(/\{hash\}/)] } });
    expect(
      await editNetwork({
        actorId: adminId,
        slug,
        input: { name: "Second chain (renamed)", faucetUrl: "https://faucet.example" },
      }),
    ).toMatchObject({ name: "Second chain (renamed)", faucetUrl: "https://faucet.example" });
    await expect(deleteNetwork({ actorId: adminId, slug })).rejects.toMatchObject({
      code: "CONFLICT",
      userMessage: expect.stringMatching(/Disable it instead/),
    });
  });

  it("gives test tokens on a dev chain, only to the user's own account", async () => {
    const empty = await makePerson(api2, "Empty wallet", 0n);
    expect((await api2.query.system.account(empty.address)).data.free.toBigInt()).toBe(0n);
    const r = await fundTestAccount({ actorId: empty.id, input: { network: slug, address: empty.address } });
    expect(r.funded).toBe(true);
    expect((await api2.query.system.account(empty.address)).data.free.toBigInt()).toBeGreaterThan(0n);
    await expect(
      fundTestAccount({ actorId: empty.id, input: { network: slug, address: builder.address } }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(
      await fundTestAccount({ actorId: empty.id, input: { network: slug, address: empty.address } }),
    ).toMatchObject({ funded: false });
    await editNetwork({ actorId: adminId, slug, input: { isDevChain: false } });
    await expect(
      fundTestAccount({ actorId: empty.id, input: { network: slug, address: empty.address } }),
    ).rejects.toThrow(/faucet at https:\/\/faucet.example/);
    await editNetwork({ actorId: adminId, slug, input: { isDevChain: true } });
  });

  it("on start, marks instances whose chain was replaced 'missing on chain' with the reason", async () => {
    // The node at the network's URL is now another chain (a dev chain started fresh): here the
    // first test chain, which never had this contract and has another genesis.
    await db.network.update({ where: { slug }, data: { rpcUrl: testChainWs() } });
    await refreshDevNetwork(db, slug, testChainWs(), () => {});
    const d = await db.deployment.findUniqueOrThrow({ where: { id: deploymentId }, include: { events: true } });
    expect(d.status).toBe("missing_on_chain");
    expect(d.missingReason).toMatch(
      /started fresh: block #\d+, where this contract was deployed, is now another block|was reset to block #\d+, before block/,
    );
    expect(d.events.map((e) => e.status)).toContain("missing_on_chain");
    await db.network.update({ where: { slug }, data: { rpcUrl: second.wsUrl, genesisHash: api2.genesisHash.toHex() } });
  });

  it("reports an unreachable network in its health, and leaves it out of the deploy choices", async () => {
    await disconnectApi(api2);
    await second.close();
    await closeChainApis();
    const network = await db.network.findUniqueOrThrow({ where: { slug } });
    const health = await networkHealth(network, { fresh: true, timeoutMs: 2_000 });
    expect(health.reachable).toBe(false);
    expect(health.error).toMatch(/Not reachable right now/);
    const version = await db.brickVersion.findFirstOrThrow({
      where: { brick: { slug: "fungible-token" }, version: "1.0.0" },
    });
    expect((await listAvailableNetworks(version)).missing.find((m) => m.slug === slug)?.reason).toMatch(
      /Not reachable/,
    );
  });
});
