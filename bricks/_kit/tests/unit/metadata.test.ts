// The metadata generator against real ink! 5 output (an erc20 spec replica must give the same
// selectors, event topics and storage keys as ../shared/contracts/ink-v5-erc20.contract.json) and
// against @polkadot/api-contract (it must parse and encode/decode through our metadata).
import { readFileSync } from "node:fs";
import path from "node:path";
import { Abi } from "@polkadot/api-contract";
import { TypeRegistry } from "@polkadot/types";
import { u8aToHex } from "@polkadot/util";
import { blake2AsHex } from "@polkadot/util-crypto";
import { describe, expect, it } from "vitest";
import { parseBundle } from "@/lib/bricks/bundle";
import { generateAssembly, handlerSignatures } from "../../metadata/codegen";
import { generateMetadata } from "../../metadata/metadata";
import { defineContract, type ContractSpec } from "../../metadata/spec";
import { t } from "../../metadata/types";
import token from "../../../fungible-token/spec";

const INK_ERC20 = path.resolve(import.meta.dirname, "../../../../../shared/contracts/ink-v5-erc20.contract.json");
const ink = JSON.parse(readFileSync(INK_ERC20, "utf8"));
const build = { compiler: "asc test", flags: [] };
const fakeWasm = Uint8Array.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]);

const Error = t.enumOf(["erc20", "erc20", "Error"], ["InsufficientBalance", "InsufficientAllowance"]);
const acc = (label: string) => ({ label, type: t.AccountId });
const bal = (label: string) => ({ label, type: t.Balance });
const erc20: ContractSpec = defineContract({
  name: "erc20",
  version: "5.0.0-rc.1",
  authors: ["Parity Technologies <admin@parity.io>"],
  storage: {
    name: "Erc20",
    fields: [
      { name: "total_supply", kind: "packed", type: t.Balance },
      { name: "balances", kind: "mapping", key: t.AccountId, type: t.Balance },
      { name: "allowances", kind: "mapping", key: t.tuple(t.AccountId, t.AccountId), type: t.Balance },
    ],
  },
  constructors: [{ label: "new", args: [bal("total_supply")] }],
  messages: [
    { label: "total_supply", returns: t.Balance },
    { label: "balance_of", args: [acc("owner")], returns: t.Balance },
    { label: "allowance", args: [acc("owner"), acc("spender")], returns: t.Balance },
    { label: "transfer", args: [acc("to"), bal("value")], returns: t.result(t.unit, Error), mutates: true },
    { label: "approve", args: [acc("spender"), bal("value")], returns: t.result(t.unit, Error), mutates: true },
    {
      label: "transfer_from",
      args: [acc("from"), acc("to"), bal("value")],
      returns: t.result(t.unit, Error),
      mutates: true,
    },
  ],
  events: [
    {
      label: "Transfer",
      fields: [
        { label: "from", type: t.option(t.AccountId), indexed: true },
        { label: "to", type: t.option(t.AccountId), indexed: true },
        { label: "value", type: t.Balance },
      ],
    },
    {
      label: "Approval",
      fields: [
        { label: "owner", type: t.AccountId, indexed: true },
        { label: "spender", type: t.AccountId, indexed: true },
        { label: "value", type: t.Balance },
      ],
    },
  ],
});

describe("metadata generator vs ink! 5 (erc20 replica)", () => {
  const ours = generateMetadata(erc20, fakeWasm, build) as typeof ink;

  it("has the same selectors, labels, mutability and payability", () => {
    const pick = (xs: { label: string; selector: string; mutates?: boolean; payable: boolean }[]) =>
      xs.map(({ label, selector, mutates, payable }) => ({ label, selector, mutates, payable }));
    expect(pick(ours.spec.constructors)).toEqual(pick(ink.spec.constructors));
    expect(pick(ours.spec.messages)).toEqual(pick(ink.spec.messages));
  });

  it("has the same event signature topics and indexed fields", () => {
    const pick = (xs: { label: string; signature_topic: string; args: { label: string; indexed: boolean }[] }[]) =>
      xs.map((e) => ({ label: e.label, topic: e.signature_topic, args: e.args.map((a) => [a.label, a.indexed]) }));
    expect(pick(ours.spec.events)).toEqual(pick(ink.spec.events));
  });

  it("derives ink!'s storage keys (0x00000000 root, xxh32 Mapping roots)", () => {
    const keys = (m: typeof ink) =>
      m.storage.root.layout.struct.fields.map(
        (f: { name: string; layout: { leaf?: { key: string }; root?: { root_key: string } } }) => [
          f.name,
          f.layout.leaf?.key ?? f.layout.root?.root_key,
        ],
      );
    expect(keys(ours)).toEqual(keys(ink));
    expect(ours.storage.root.root_key).toBe("0x00000000");
  });

  it("encodes calls and decodes events/returns exactly like the ink! metadata (through api-contract)", () => {
    const a = new Abi(ours),
      b = new Abi(ink);
    const alice = new Uint8Array(32).fill(1),
      bob = new Uint8Array(32).fill(2);
    for (const [label, args] of [
      ["transfer", [bob, 1234n]],
      ["transfer_from", [alice, bob, 10n ** 30n]],
      ["allowance", [alice, bob]],
    ] as const) {
      expect(u8aToHex(a.findMessage(label).toU8a([...args]))).toBe(u8aToHex(b.findMessage(label).toU8a([...args])));
    }
    expect(u8aToHex(a.constructors[0].toU8a([5n]))).toBe(u8aToHex(b.constructors[0].toU8a([5n])));
    const errBytes = Uint8Array.from([0, 1, 1]);
    expect(
      a.findMessage("transfer").returnType &&
        a.registry
          .createType(a.registry.createLookupType(a.findMessage("transfer").returnType!.lookupIndex!), errBytes)
          .toJSON(),
    ).toEqual(
      b.registry
        .createType(b.registry.createLookupType(b.findMessage("transfer").returnType!.lookupIndex!), errBytes)
        .toJSON(),
    );
    const reg = new TypeRegistry();
    const data = reg.createType("(Option<AccountId>, Option<AccountId>, u128)", [null, u8aToHex(bob), 77n]).toU8a();
    const ev = (abi: Abi) =>
      abi.events
        .find((e) => e.identifier === "erc20::erc20::Transfer")!
        .fromU8a(data)
        .args.map((x) => x.toJSON());
    expect(ev(a)).toEqual(ev(b));
  });
});

describe("fungible-token metadata", () => {
  const wasm = Uint8Array.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, 9]);
  const meta = generateMetadata(token, wasm, build) as {
    version: number;
    source: { hash: string; wasm: string };
    contract: Record<string, unknown>;
    spec: { messages: { label: string; selector: string }[] };
  };

  it("is ink! v5 with source.hash = blake2-256 of the wasm and the wasm inline", () => {
    expect(meta.version).toBe(5);
    expect(meta.source.hash).toBe(blake2AsHex(wasm, 256));
    expect(meta.source.wasm).toBe(u8aToHex(wasm));
    expect(meta.contract).toMatchObject({ name: "fungible_token", version: "1.0.0" });
  });

  it("is accepted by the platform's bundle loader and by api-contract", () => {
    const parsed = parseBundle(meta);
    expect(parsed.codeHash).toBe(meta.source.hash);
    expect(parsed.messages.map((m) => m.label)).toContain("mint");
    const abi = new Abi(meta);
    const ctor = abi.findConstructor("new");
    expect(ctor.args.map((x) => x.name)).toEqual(["name", "symbol", "decimals", "initialSupply", "mintable", "owner"]);
    expect(abi.findMessage("mint").isMutating).toBe(true);
    expect(abi.findMessage("balance_of").isMutating).toBe(false);
  });

  it("generated selectors.ts agrees with the metadata selectors", () => {
    const files = generateAssembly(token, "../kit");
    for (const m of meta.spec.messages) {
      const name = m.label.toUpperCase();
      const line = files["selectors.ts"].split("\n").find((l) => l.startsWith(`export const SEL_${name}:`))!;
      const value = Number(/= (0x[0-9a-f]+)/.exec(line)![1]);
      const bytes = [value & 0xff, (value >>> 8) & 0xff, (value >>> 16) & 0xff, value >>> 24];
      expect(u8aToHex(Uint8Array.from(bytes)), m.label).toBe(m.selector);
    }
  });
});

describe("code generator", () => {
  it("names handlers after labels, escaping reserved words", () => {
    expect(handlerSignatures(token)[0]).toBe(
      "export function new_(name: string, symbol: string, decimals: u8, initial_supply: U128, mintable: bool, owner: Bytes32): void",
    );
    expect(handlerSignatures(token)).toContain("export function transfer(to: Bytes32, value: U128): void");
  });

  it("explains what to do with a type it cannot map", () => {
    const spec = defineContract({ ...erc20, messages: [{ label: "pair", returns: t.tuple(t.u8, t.u8) }] });
    expect(() => generateAssembly(spec, "../kit")).toThrow(/cannot map \(u8,u8\).*raw: true/);
  });

  it("refuses events with more than 4 topics", () => {
    const many = [1, 2, 3, 4].map((i) => ({ label: `f${i}`, type: t.u8, indexed: true }));
    const spec = defineContract({ ...erc20, events: [{ label: "Big", fields: many }] });
    expect(() => generateAssembly(spec, "../kit")).toThrow(/at most 4/);
  });
});
