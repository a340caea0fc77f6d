// A JSON-RPC proxy in front of a real dev chain that hides its contract pallet: the metadata it
// serves has no Contracts/Revive pallet and the runtime version lists no ContractsApi/ReviveApi.
// Used ONLY to test the "no smart-contract pallet" refusal, because no real chain without one is
// available here (every chain spec in ../shared runs pallet-contracts or pallet-revive).
import type { AddressInfo } from "node:net";
import { Metadata, TypeRegistry } from "@polkadot/types";
import { blake2AsHex } from "@polkadot/util-crypto";
import WebSocket, { WebSocketServer } from "ws";

const HIDDEN_PALLETS = new Set(["Contracts", "Revive"]);
const HIDDEN_APIS = new Set<string>(["ContractsApi", "ReviveApi"].map((n) => blake2AsHex(n, 64)));

type TMsg = { id?: number; method?: string; params?: unknown[]; result?: unknown; error?: unknown };

function stripMetadata(hex: string): string {
  const registry = new TypeRegistry();
  const metadata = new Metadata(registry, hex as `0x${string}`);
  const v14 = metadata.asV14.toJSON() as { pallets: { name: string }[] };
  v14.pallets = v14.pallets.filter((p) => !HIDDEN_PALLETS.has(p.name));
  return new Metadata(registry, { magicNumber: metadata.magicNumber, metadata: { v14 } }).toHex();
}

function stripVersion(version: unknown): unknown {
  const v = version as { apis?: [string, number][] } | null;
  if (!v?.apis) return version;
  return { ...v, apis: v.apis.filter(([hash]) => !HIDDEN_APIS.has(hash)) };
}

export async function startNoContractsProxy(upstream: string): Promise<{ url: string; close: () => void }> {
  const server = new WebSocketServer({ port: 0, host: "127.0.0.1" });
  await new Promise<void>((r) => server.on("listening", r));
  server.on("connection", (client) => {
    const up = new WebSocket(upstream);
    const pending: string[] = [];
    const methods = new Map<number, string>();
    up.on("open", () => pending.splice(0).forEach((m) => up.send(m)));
    up.on("message", (data) => {
      const msg = JSON.parse(String(data)) as TMsg & { params?: { result?: unknown } };
      const method = msg.id !== undefined ? methods.get(msg.id) : undefined;
      if (method === "state_getMetadata" && typeof msg.result === "string") msg.result = stripMetadata(msg.result);
      if (method === "state_getRuntimeVersion" || method === "chain_getRuntimeVersion")
        msg.result = stripVersion(msg.result);
      if (
        msg.method &&
        /RuntimeVersion/i.test(msg.method) &&
        msg.params &&
        typeof msg.params === "object" &&
        "result" in msg.params
      ) {
        msg.params.result = stripVersion(msg.params.result);
      }
      client.send(JSON.stringify(msg));
    });
    up.on("error", () => client.close());
    client.on("message", (data) => {
      const msg = JSON.parse(String(data)) as TMsg;
      // Make @polkadot/api read metadata through state_getMetadata (v14), which is rewritten above.
      if (
        msg.method === "state_call" &&
        typeof msg.params?.[0] === "string" &&
        msg.params[0].startsWith("Metadata_metadata_")
      ) {
        client.send(JSON.stringify({ jsonrpc: "2.0", id: msg.id, error: { code: -32000, message: "not available" } }));
        return;
      }
      if (msg.id !== undefined && msg.method) methods.set(msg.id, msg.method);
      const text = JSON.stringify(msg);
      if (up.readyState === WebSocket.OPEN) up.send(text);
      else pending.push(text);
    });
    client.on("close", () => up.close());
  });
  return { url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}
