// Durable tracking on the real dev chain: a tracker that goes away mid-deploy (a server restart),
// a crash between "signed" and "sent", a connection to the chain that drops and comes back, a
// transaction the chain can no longer accept, and a chain that is down before anything is written.
// Every deployment ends where the chain says: none lost, none duplicated, none left pending.
import net from "node:net";
import type { ApiPromise } from "@polkadot/api";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { closeChainApis } from "@/lib/chain/api-pool";
import { prepareDeployment } from "@/lib/deployments/prepare-deployment";
import { submitSignature } from "@/lib/deployments/submit-signature";
import { DeploymentTracker } from "@/lib/deployments/tracker/deployment-tracker";
import { closeTestApi, getTestApi, nextNonce, sendAndWait, testChainWs } from "@/tests/support/chain";
import {
  idempotencyKey,
  makePerson,
  makeTeam,
  setupNetwork,
  waitForDeployment,
  walletSignPayload,
  type Person,
} from "./deploy-fixture";

let api: ApiPromise;
let owner: Person;
let team: { id: string };
let network: { slug: string };
const trackers: DeploymentTracker[] = [];
const tracker = (opts: ConstructorParameters<typeof DeploymentTracker>[0] = {}) => {
  const t = new DeploymentTracker({ intervalMs: 300, graceMs: 2_000, log: () => {}, ...opts });
  trackers.push(t);
  return t;
};
const noSend = { submit: async () => {} } as unknown as DeploymentTracker;

const token = (name: string, networkSlug = network.slug) => ({
  brick: "fungible-token",
  version: "1.0.0",
  teamId: team.id,
  network: networkSlug,
  name,
  config: { name, symbol: "TK", decimals: 2, initialSupply: "100" },
  idempotencyKey: idempotencyKey(),
});

async function prepareAndSign(input: ReturnType<typeof token>, via: DeploymentTracker) {
  const prepared = await prepareDeployment({ actor: { id: owner.id, address: owner.address }, input });
  const signature = walletSignPayload(api, owner.pair, prepared.payload!);
  await submitSignature({
    actorId: owner.id,
    input: { deploymentId: prepared.deploymentId, kind: "instantiate", signature },
    tracker: via,
  });
  return prepared;
}

const instancesAt = async (address: string) =>
  ((await api.query.contracts.contractInfoOf(address)) as unknown as { isSome: boolean }).isSome;
const statuses = (d: { events: { status: string }[] }) => d.events.map((e) => e.status);

beforeAll(async () => {
  api = await getTestApi();
  network = await setupNetwork(testChainWs());
  owner = await makePerson(api, "Recovering owner");
  team = await makeTeam(owner);
});
// A tracker stands for one server process: none outlives its test.
afterEach(async () => {
  await Promise.all(trackers.splice(0).map((t) => t.stop()));
});
afterAll(async () => {
  await closeChainApis();
  await closeTestApi();
});

describe("after a restart, a new tracker reconciles from the chain", () => {
  it("finishes a deploy whose tracker went away right after sending it, once", async () => {
    const first = tracker();
    const prepared = await prepareAndSign(token("Restarted"), first);
    await first.stop(); // the server goes down with the transaction on its way
    expect((await db.deployment.findUniqueOrThrow({ where: { id: prepared.deploymentId } })).status).toBe("signed");

    tracker().start();
    const d = await waitForDeployment(prepared.deploymentId, (x) => x.status === "finalized");
    expect(d).toMatchObject({ address: prepared.address, codeHashVerified: true });
    expect(statuses(d).filter((s) => s === "in_block" || s === "finalized")).toEqual(["in_block", "finalized"]);
    expect(d.contractEvents.map((e) => e.name)).toEqual(["Transfer"]);
    expect(await instancesAt(prepared.address!)).toBe(true);
  });

  it("sends a transaction that was signed and stored but never sent, exactly once", async () => {
    const prepared = await prepareAndSign(token("Never sent"), noSend);
    tracker().start();
    const d = await waitForDeployment(prepared.deploymentId, (x) => x.status === "finalized");
    expect(d.address).toBe(prepared.address);
    expect(statuses(d)).toEqual(["draft", "signed", "in_block", "finalized"]);
  });

  it("fails a stored transaction the chain can no longer accept, instead of leaving it pending", async () => {
    const prepared = await prepareAndSign(token("Outdated"), noSend);
    // Meanwhile the same account uses that nonce for something else.
    await sendAndWait(api.tx.system.remark("0x00"), owner.pair, { nonce: await nextNonce(api, owner.address) });
    tracker().start();
    const d = await waitForDeployment(prepared.deploymentId, (x) => x.status === "failed");
    expect(d.failureReason).toMatch(/out of date.*Nothing was created/);
    expect(await instancesAt(prepared.address!)).toBe(false);
  });
});

describe("when the chain goes away", () => {
  it("keeps a deploy whose connection dropped mid-flight, and finishes it when the chain answers again", async () => {
    const proxy = await tcpProxy(new URL(testChainWs()).port);
    const viaProxy = await setupNetwork(`ws://127.0.0.1:${proxy.port}`);
    const t = tracker().start();
    const prepared = await prepareAndSign(token("Dropped", viaProxy.slug), t);
    await proxy.stop(); // the connection to the chain breaks; the chain itself goes on
    await waitForDeployment(prepared.deploymentId, (x) => statuses(x).includes("waiting"), 20_000);
    expect((await db.deployment.findUniqueOrThrow({ where: { id: prepared.deploymentId } })).status).not.toBe("failed");
    await proxy.restart();
    const d = await waitForDeployment(prepared.deploymentId, (x) => x.status === "finalized", 40_000);
    expect(d).toMatchObject({ address: prepared.address, codeHashVerified: true });
    expect(statuses(d).filter((s) => s === "waiting")).toHaveLength(1);
    await proxy.stop();
  });

  it("refuses to prepare while the chain is unreachable, and writes nothing", async () => {
    const down = await setupNetwork("ws://127.0.0.1:9");
    const input = token("Unreachable", down.slug);
    await expect(prepareDeployment({ actor: { id: owner.id, address: owner.address }, input })).rejects.toMatchObject({
      code: "CHAIN_UNAVAILABLE",
    });
    expect(await db.deployment.count({ where: { idempotencyKey: input.idempotencyKey } })).toBe(0);
  });
});

/** A TCP relay to the dev chain that can be cut and restored on the same port. */
async function tcpProxy(targetPort: string) {
  const sockets = new Set<net.Socket>();
  let server: net.Server | undefined;
  const listen = (port = 0) =>
    new Promise<number>((resolve) => {
      server = net.createServer((client) => {
        const upstream = net.connect(Number(targetPort), "127.0.0.1");
        for (const s of [client, upstream]) {
          sockets.add(s);
          s.on("close", () => sockets.delete(s));
          s.on("error", () => s.destroy());
        }
        client.pipe(upstream).pipe(client);
      });
      server.listen(port, "127.0.0.1", () => resolve((server!.address() as net.AddressInfo).port));
    });
  const port = await listen();
  return {
    port,
    restart: () => listen(port),
    stop: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server?.close(() => resolve());
      }),
  };
}
